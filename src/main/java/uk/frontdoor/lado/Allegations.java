package uk.frontdoor.lado;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.frontdoor.audit.AuditLog;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.platform.workflow.StatusTable;

/** A council's LADO allegations; every view is audited. */
@Service
public class Allegations {

  public static final String SUBJECT = "LADO_ALLEGATION";

  /** Allegations and their status history, moved by {@link AllegationStatus#WORKFLOW}. */
  static final StatusTable<AllegationStatus, AllegationStatus.Command> ALLEGATIONS =
      new StatusTable<>(AllegationStatus.WORKFLOW, "lado_allegation", "lado_allegation_status_change", "allegation_id");

  private final JdbcClient jdbc;
  private final Tenancy tenancy;
  private final AuditLog audit;

  Allegations(JdbcClient jdbc, Tenancy tenancy, AuditLog audit) {
    this.jdbc = jdbc;
    this.tenancy = tenancy;
    this.audit = audit;
  }

  /** Newest first. */
  @Transactional(readOnly = true)
  public List<Allegation> all(UUID authorityId) {
    tenancy.bind(authorityId);
    return jdbc.sql(
            "SELECT id, referral_id, reference, received_at, status FROM lado_allegation WHERE authority_id = ? ORDER BY received_at DESC LIMIT 500")
        .param(authorityId)
        .query(Allegations::allegation)
        .list();
  }

  /** Opens one for the LADO, recording that they saw it. */
  @Transactional
  public Optional<Allegation> open(StaffUser lado, String reference) {
    tenancy.bind(lado.authorityId());
    Optional<Allegation> allegation =
        jdbc.sql(
                "SELECT id, referral_id, reference, received_at, status FROM lado_allegation WHERE authority_id = ? AND reference = ?")
            .params(lado.authorityId(), reference == null ? "" : reference.strip().toUpperCase())
            .query(Allegations::allegation)
            .optional();
    allegation.ifPresent(
        a -> audit.record(lado.authorityId(), lado.id(), lado.displayName(), "VIEWED", SUBJECT, a.reference(), ""));
    return allegation;
  }

  private static Allegation allegation(ResultSet rs, int n) throws SQLException {
    return new Allegation(
        rs.getObject("id", UUID.class),
        rs.getObject("referral_id", UUID.class),
        rs.getString("reference"),
        rs.getTimestamp("received_at").toInstant(),
        AllegationStatus.valueOf(rs.getString("status")));
  }
}
