package uk.frontdoor.referral.professional;

import java.io.Serial;
import java.io.Serializable;
import java.util.UUID;
import org.springframework.security.core.AuthenticatedPrincipal;

/** A professional signed in with an emailed code. Known to the session store by account id. */
record ProfessionalPrincipal(UUID accountId, String email)
    implements AuthenticatedPrincipal, Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @Override
  public String getName() {
    return accountId.toString();
  }
}
