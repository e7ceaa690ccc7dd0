package uk.frontdoor.identity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Who works for a council, by role: for assigning work to a colleague. */
@Service
public record StaffDirectory(JdbcClient jdbc) {

  /** The council's enabled staff who hold any of the roles, by name. */
  public List<StaffMember> withAnyRole(UUID authorityId, List<String> roles) {
    return jdbc.sql(
            """
            SELECT id, display_name FROM staff_user
            WHERE authority_id = ? AND enabled AND roles && CAST(? AS text[])
            ORDER BY display_name
            """)
        .param(authorityId)
        .param(roles.toArray(String[]::new))
        .query((rs, n) -> new StaffMember(rs.getObject("id", UUID.class), rs.getString("display_name")))
        .list();
  }

  /** The usernames (email addresses) of the council's enabled staff who hold the role, in order. */
  public List<String> usernamesWithRole(UUID authorityId, String role) {
    return jdbc.sql(
            """
            SELECT username FROM staff_user
            WHERE authority_id = ? AND enabled AND ? = ANY (roles) ORDER BY username
            """)
        .params(authorityId, role)
        .query(String.class)
        .list();
  }

  /** The council's enabled staff who hold the role, by agency in the enum's order, each agency's by name. */
  public Map<Agency, List<StaffMember>> byAgency(UUID authorityId, String role) {
    Map<Agency, List<StaffMember>> byAgency = new EnumMap<>(Agency.class);
    jdbc.sql("SELECT id, display_name, agency FROM staff_user WHERE authority_id = ? AND enabled AND ? = ANY (roles) ORDER BY display_name")
        .params(authorityId, role)
        .query((rs, n) -> byAgency.computeIfAbsent(Agency.valueOf(rs.getString("agency")), a -> new ArrayList<>())
            .add(new StaffMember(rs.getObject("id", UUID.class), rs.getString("display_name"))))
        .list();
    return byAgency;
  }

  /** The agency a member of staff works for. */
  public Optional<Agency> agencyOf(UUID staffId) {
    return jdbc.sql("SELECT agency FROM staff_user WHERE id = ?").param(staffId).query(String.class).optional().map(Agency::valueOf);
  }
}
