package uk.frontdoor.lado;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.frontdoor.audit.AuditLog;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.platform.workflow.Actor;
import uk.frontdoor.platform.workflow.MoveRefusedException;
import uk.frontdoor.platform.workflow.Moves;
import uk.frontdoor.platform.workflow.StatusChange;
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
  private final Moves moves;
  private final Clock clock;

  Allegations(JdbcClient jdbc, Tenancy tenancy, AuditLog audit, Moves moves, Clock clock) {
    this.jdbc = jdbc;
    this.tenancy = tenancy;
    this.audit = audit;
    this.moves = moves;
    this.clock = clock;
  }

  /**
   * Records the LADO's initial consideration: where a part of the harm test applies, the
   * allegation is managed; where none does, the advice given is kept and it closes.
   *
   * @throws MoveRefusedException if it has been considered already
   */
  @Transactional
  public AllegationStatus consider(StaffUser lado, Allegation allegation, List<HarmTest> harmTest, String advice) {
    tenancy.bind(lado.authorityId());
    AllegationStatus.Command command = harmTest.isEmpty() ? AllegationStatus.Command.ADVISE : AllegationStatus.Command.MANAGE;
    AllegationStatus to =
        moves.move(ALLEGATIONS, lado.authorityId(), allegation.id(), allegation.status(), command, actor(lado),
            harmTest.isEmpty() ? "The harm test does not apply" : "The harm test applies");
    jdbc.sql(
            """
            INSERT INTO lado_consideration (authority_id, allegation_id, considered_at, considered_by, considered_by_name,
                harm_test, advice)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            lado.authorityId(), allegation.id(), Timestamp.from(clock.instant()), lado.id(), lado.displayName(),
            harmTest.stream().map(Enum::name).toArray(String[]::new), advice)
        .update();
    audit.record(lado.authorityId(), lado.id(), lado.displayName(), "CONSIDERED", SUBJECT, allegation.reference(),
        harmTest.isEmpty() ? "Harm test not met: advice given" : "Harm test met: " + harmTest);
    return to;
  }

  /**
   * Records how a managed allegation concluded.
   *
   * @throws MoveRefusedException if it is not being managed
   */
  @Transactional
  public void conclude(StaffUser lado, Allegation allegation, Finding finding, String employerAction, String regulator, String notes) {
    tenancy.bind(lado.authorityId());
    moves.move(ALLEGATIONS, lado.authorityId(), allegation.id(), allegation.status(), AllegationStatus.Command.CONCLUDE,
        actor(lado), finding.label());
    jdbc.sql(
            """
            INSERT INTO lado_outcome (authority_id, allegation_id, concluded_at, concluded_by, concluded_by_name,
                outcome, employer_action, regulator, notes)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            lado.authorityId(), allegation.id(), Timestamp.from(clock.instant()), lado.id(), lado.displayName(),
            finding.name(), employerAction, regulator, notes)
        .update();
    audit.record(lado.authorityId(), lado.id(), lado.displayName(), "CONCLUDED", SUBJECT, allegation.reference(), finding.label());
  }

  @Transactional(readOnly = true)
  public Optional<Conclusion.Consideration> consideration(UUID authorityId, UUID allegationId) {
    tenancy.bind(authorityId);
    return jdbc.sql(
            "SELECT considered_at, considered_by_name, harm_test, advice FROM lado_consideration WHERE authority_id = ? AND allegation_id = ?")
        .params(authorityId, allegationId)
        .query(
            (rs, n) ->
                new Conclusion.Consideration(
                    rs.getTimestamp("considered_at").toInstant(),
                    rs.getString("considered_by_name"),
                    Arrays.stream((String[]) rs.getArray("harm_test").getArray()).map(HarmTest::valueOf).toList(),
                    rs.getString("advice")))
        .optional();
  }

  @Transactional(readOnly = true)
  public Optional<Conclusion.Outcome> outcome(UUID authorityId, UUID allegationId) {
    tenancy.bind(authorityId);
    return jdbc.sql(
            """
            SELECT concluded_at, concluded_by_name, outcome, employer_action, regulator, notes
            FROM lado_outcome WHERE authority_id = ? AND allegation_id = ?
            """)
        .params(authorityId, allegationId)
        .query(
            (rs, n) ->
                new Conclusion.Outcome(
                    rs.getTimestamp("concluded_at").toInstant(),
                    rs.getString("concluded_by_name"),
                    Finding.valueOf(rs.getString("outcome")),
                    rs.getString("employer_action"),
                    rs.getString("regulator"),
                    rs.getString("notes")))
        .optional();
  }

  /** The allegation's moves, oldest first. */
  @Transactional(readOnly = true)
  public List<StatusChange<AllegationStatus>> history(UUID authorityId, UUID allegationId) {
    tenancy.bind(authorityId);
    return moves.history(ALLEGATIONS, authorityId, allegationId);
  }

  private static Actor actor(StaffUser user) {
    return new Actor(user.id(), user.displayName());
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
