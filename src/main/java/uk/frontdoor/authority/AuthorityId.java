package uk.frontdoor.authority;

import java.util.Objects;
import java.util.UUID;

/** Identifies an authority (a council) across every module and table. */
public record AuthorityId(UUID value) {
  public AuthorityId {
    Objects.requireNonNull(value, "value");
  }
}
