package uk.frontdoor.authority.internal;

import java.util.List;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.stereotype.Component;
import uk.frontdoor.authority.AuthorityDataCheck;
import uk.frontdoor.authority.MissingDetail;

/** Serves the data check at {@code /actuator/authoritydata}. */
@Component
@Endpoint(id = "authoritydata")
record AuthorityDataEndpoint(AuthorityDataCheck check) {

  @ReadOperation
  Map<String, Object> report() {
    List<MissingDetail> missing = check.missingDetails();
    return Map.of("missing", missing, "calendarWarnings", check.calendarWarnings());
  }
}
