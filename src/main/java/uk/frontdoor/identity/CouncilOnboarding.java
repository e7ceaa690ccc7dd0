package uk.frontdoor.identity;

import java.util.List;
import org.springframework.stereotype.Service;
import uk.frontdoor.audit.AuditLog;
import uk.frontdoor.authority.AuthorityId;
import uk.frontdoor.authority.CouncilRegistration.NewCouncil;
import uk.frontdoor.authority.CouncilRegistration;
import uk.frontdoor.identity.StaffInvitations.Inviter;
import uk.frontdoor.identity.StaffInvitations.NewStaff;
import uk.frontdoor.platform.Transactions;

/**
 * A council joins the deployment with its first administrator, invited by email: at first start,
 * or by the deployment's operator. One transaction: no council is left without its administrator.
 */
@Service
public record CouncilOnboarding(CouncilRegistration registration, StaffInvitations invitations, AuditLog audit,
    Transactions transactions) {

  /** The council's first administrator. */
  public record FirstAdministrator(String name, String email) {}

  /**
   * @return the administrator's account and their invitation's link
   * @throws CouncilRegistration.Taken if the slug or LA code is another council's
   * @throws org.springframework.dao.DuplicateKeyException if the administrator's email already has an account
   */
  public StaffInvitations.Invited add(NewCouncil council, FirstAdministrator administrator, List<StaffRole> roles, Inviter by, String siteAddress) {
    return transactions.write(() -> {
      AuthorityId id = registration.register(council);
      audit.record(id.value(), by.id(), by.name(), "COUNCIL_REGISTERED", "AUTHORITY", council.slug(),
          council.name() + "; LA code " + council.laCode());
      return invitations.invited(id.value(), by, new NewStaff(administrator.name(), administrator.email(), Agency.SOCIAL_CARE, roles),
          siteAddress);
    });
  }
}
