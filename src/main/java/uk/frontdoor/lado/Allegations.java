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
import uk.frontdoor.audit.AuditLog;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.platform.Transactions;
import uk.frontdoor.platform.workflow.Actor;
import uk.frontdoor.platform.workflow.MoveRefusedException;
import uk.frontdoor.platform.workflow.Moves;
import uk.frontdoor.platform.workflow.StatusChange;
import uk.frontdoor.platform.workflow.StatusTable;
import uk.frontdoor.referral.ReferralStatus;
import uk.frontdoor.referral.Referrals;

/** A council's LADO allegations; every view is audited. */
@Service
public record Allegations(JdbcClient jdbc, Tenancy tenancy, AuditLog audit, Moves moves, Referrals referrals,
    Clock clock, Transactions transactions) {

  public static final String SUBJECT = "LADO_ALLEGATION";

  /**
   * The council's resolved allegations (the first parameter), each with when it arrived and when it
   * was resolved (closed with advice or concluded): the start of a query counting how quickly.
   */
  static final String RESOLVED =
      """
      WITH resolved AS (
        SELECT a.received_at, max(c.at) AS resolved_at
        FROM lado_allegation a
        JOIN lado_allegation_status_change c ON c.authority_id = a.authority_id AND c.allegation_id = a.id
        WHERE a.authority_id = ? AND c.to_status IN ('CLOSED_WITH_ADVICE', 'CONCLUDED')
        GROUP BY a.authority_id, a.id, a.received_at)
      """;

  /** Allegations and their status history, moved by {@link AllegationStatus#WORKFLOW}. */
  static final StatusTable<AllegationStatus, AllegationStatus.Command> ALLEGATIONS =
      new StatusTable<>(AllegationStatus.WORKFLOW, "lado_allegation", "lado_allegation_status_change", "allegation_id");

  /** An allegation's columns, with when it was resolved from its history. */
  private static final String COLUMNS =
      "a.id, a.referral_id, a.reference, a.received_at, a.status, a.restricted, (SELECT max(c.at) FROM lado_allegation_status_change c"
          + " WHERE c.authority_id = a.authority_id AND c.allegation_id = a.id"
          + " AND c.to_status IN ('CLOSED_WITH_ADVICE', 'CONCLUDED')) AS resolved_at";

  /**
   * What a referrer may be told when the LADO's work ends: that it has ended, and nothing about
   * the adult or what was found.
   */
  static final String FOR_REFERRER =
      "The Local Authority Designated Officer (LADO) has finished considering the concern about an adult who works"
          + " with children. To protect everyone involved, we cannot share what was found or what the employer has done.";

  /**
   * A concern that came straight to the LADO is decided when the LADO's work ends, so its referrer
   * sees it and, where they are told outcomes, is told in {@link #FOR_REFERRER}'s words. One the
   * MASH referred was decided by the MASH already.
   */
  private void referralDecided(StaffUser lado, Allegation allegation) {
    referrals.find(lado.authorityId(), allegation.reference())
        .filter(referral -> ReferralStatus.WORKFLOW.allowed(referral.status(), ReferralStatus.Command.DECIDE))
        .ifPresent(referral -> referrals.decided(lado.authorityId(), referral.referralId(), FOR_REFERRER, actor(lado)));
  }

  /**
   * Records the LADO's initial consideration: where a part of the harm test applies, the
   * allegation is managed; where none does, the advice given is kept and it closes.
   *
   * @throws MoveRefusedException if it has been considered already
   */
  public AllegationStatus consider(StaffUser lado, Allegation allegation, Adult adult, List<HarmTest> harmTest, String advice) {
    return transactions.write(() -> {
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
      jdbc.sql(
              """
              INSERT INTO lado_adult (authority_id, allegation_id, name, date_of_birth, role, employer, sector, other_roles)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?)
              """)
          .params(lado.authorityId(), allegation.id(), adult.name(), adult.dateOfBirth(), adult.role(), adult.employer(),
              adult.sector(), adult.otherRoles())
          .update();
      audit.record(lado.authorityId(), lado.id(), lado.displayName(), "CONSIDERED", SUBJECT, allegation.reference(),
          harmTest.isEmpty() ? "Harm test not met: advice given" : "Harm test met: " + harmTest);
      if (to == AllegationStatus.CLOSED_WITH_ADVICE) {
        referralDecided(lado, allegation);
      }
      return to;
    });
  }

  /**
   * Records how a managed allegation concluded.
   *
   * @throws MoveRefusedException if it is not being managed
   */
  public void conclude(StaffUser lado, Allegation allegation, Finding finding, String employerAction, String regulator, String notes) {
    transactions.write(() -> {
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
      referralDecided(lado, allegation);
    });
  }

  public Optional<Conclusion.Consideration> consideration(UUID authorityId, UUID allegationId) {
    return transactions.read(() -> tenancy.sql(authorityId,
            "SELECT considered_at, considered_by_name, harm_test, advice FROM lado_consideration WHERE authority_id = ? AND allegation_id = ?")
        .param(allegationId)
        .query(
            (rs, n) ->
                new Conclusion.Consideration(
                    rs.getTimestamp("considered_at").toInstant(),
                    rs.getString("considered_by_name"),
                    Arrays.stream((String[]) rs.getArray("harm_test").getArray()).map(HarmTest::valueOf).toList(),
                    rs.getString("advice")))
        .optional());
  }

  public Optional<Conclusion.Outcome> outcome(UUID authorityId, UUID allegationId) {
    return transactions.read(() -> tenancy.sql(authorityId,
            """
            SELECT concluded_at, concluded_by_name, outcome, employer_action, regulator, notes
            FROM lado_outcome WHERE authority_id = ? AND allegation_id = ?
            """)
        .param(allegationId)
        .query(
            (rs, n) ->
                new Conclusion.Outcome(
                    rs.getTimestamp("concluded_at").toInstant(),
                    rs.getString("concluded_by_name"),
                    Finding.valueOf(rs.getString("outcome")),
                    rs.getString("employer_action"),
                    rs.getString("regulator"),
                    rs.getString("notes")))
        .optional());
  }

  /**
   * How quickly the council resolved the allegations it resolved in the twelve months to now,
   * against Keeping Children Safe in Education's targets: 80% within one month, 90% within three,
   * all but the most exceptional within twelve.
   */
  public Timeliness timeliness(UUID authorityId) {
    return transactions.read(() -> timeliness(authorityId, clock.instant()));
  }

  /** As {@link #timeliness(UUID)}, for the twelve months to a given moment. */
  public Timeliness timeliness(UUID authorityId, java.time.Instant asOf) {
    return transactions.read(() -> {
      tenancy.bind(authorityId);
      Timestamp now = Timestamp.from(asOf);
      return jdbc.sql(
              RESOLVED + """
              SELECT count(*) AS resolved,
                     count(*) FILTER (WHERE resolved_at <= received_at + interval '1 month') AS within_one,
                     count(*) FILTER (WHERE resolved_at <= received_at + interval '3 months') AS within_three,
                     count(*) FILTER (WHERE resolved_at <= received_at + interval '12 months') AS within_twelve
              FROM resolved WHERE resolved_at > CAST(? AS timestamptz) - interval '12 months' AND resolved_at <= ?
              """)
          .params(authorityId, now, now)
          .query(
              (rs, n) ->
                  new Timeliness(rs.getInt("resolved"), rs.getInt("within_one"), rs.getInt("within_three"), rs.getInt("within_twelve")))
          .single();
    });
  }

  /**
   * Records an allegation management meeting with its actions, for an allegation being managed.
   *
   * @throws IllegalStateException if the allegation is not being managed
   */
  public UUID recordMeeting(StaffUser lado, Allegation allegation, Meeting meeting) {
    return transactions.write(() -> {
      tenancy.bind(lado.authorityId());
      AllegationStatus now = moves.state(ALLEGATIONS, lado.authorityId(), allegation.id()).orElseThrow();
      if (now != AllegationStatus.MANAGED) {
        throw new IllegalStateException("Meetings are held only on an allegation being managed, not one " + now.label());
      }
      UUID id = UUID.randomUUID();
      jdbc.sql(
              """
              INSERT INTO lado_meeting (authority_id, id, allegation_id, held_on, attendees, agreed, recorded_at, recorded_by_name)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?)
              """)
          .params(lado.authorityId(), id, allegation.id(), meeting.heldOn(), meeting.attendees(), meeting.agreed(),
              Timestamp.from(clock.instant()), lado.displayName())
          .update();
      int seq = 0;
      for (Meeting.Action action : meeting.actions()) {
        jdbc.sql("INSERT INTO lado_action (authority_id, meeting_id, seq, action, owner, due_on) VALUES (?, ?, ?, ?, ?, ?)")
            .params(lado.authorityId(), id, ++seq, action.action(), action.owner(), action.dueOn())
            .update();
      }
      audit.record(lado.authorityId(), lado.id(), lado.displayName(), "MEETING_RECORDED", SUBJECT, allegation.reference(),
          "Meeting held " + meeting.heldOn() + " with " + meeting.actions().size() + " actions");
      return id;
    });
  }

  /** Marks an action of one of the allegation's meetings done; false if there is no such action or it was done already. */
  public boolean actionDone(StaffUser lado, Allegation allegation, UUID meetingId, int seq) {
    return transactions.write(() -> {
      tenancy.bind(lado.authorityId());
      int changed =
          jdbc.sql(
                  """
                  UPDATE lado_action SET done_at = ?
                  WHERE authority_id = ? AND meeting_id = ? AND seq = ? AND done_at IS NULL
                    AND EXISTS (SELECT 1 FROM lado_meeting m WHERE m.authority_id = lado_action.authority_id
                                AND m.id = lado_action.meeting_id AND m.allegation_id = ?)
                  """)
              .params(Timestamp.from(clock.instant()), lado.authorityId(), meetingId, seq, allegation.id())
              .update();
      if (changed == 1) {
        audit.record(lado.authorityId(), lado.id(), lado.displayName(), "ACTION_DONE", SUBJECT, allegation.reference(),
            "Meeting " + meetingId + ", action " + seq);
      }
      return changed == 1;
    });
  }

  /** The allegation's meetings, earliest first, each with its actions. */
  public List<Meeting> meetings(UUID authorityId, UUID allegationId) {
    return transactions.read(() -> {
      tenancy.bind(authorityId);
      List<Meeting> meetings =
          jdbc.sql(
                  """
                  SELECT id, held_on, attendees, agreed, recorded_at, recorded_by_name FROM lado_meeting
                  WHERE authority_id = ? AND allegation_id = ? ORDER BY held_on, recorded_at
                  """)
              .params(authorityId, allegationId)
              .query(
                  (rs, n) ->
                      new Meeting(
                          rs.getObject("id", UUID.class), rs.getObject("held_on", java.time.LocalDate.class),
                          rs.getString("attendees"), rs.getString("agreed"), rs.getTimestamp("recorded_at").toInstant(),
                          rs.getString("recorded_by_name"), List.of()))
              .list();
      return meetings.stream()
          .map(
              m ->
                  new Meeting(
                      m.id(), m.heldOn(), m.attendees(), m.agreed(), m.recordedAt(), m.recordedByName(),
                      jdbc.sql("SELECT seq, action, owner, due_on, done_at FROM lado_action WHERE authority_id = ? AND meeting_id = ? ORDER BY seq")
                          .params(authorityId, m.id())
                          .query(
                              (rs, n) ->
                                  new Meeting.Action(
                                      rs.getInt("seq"), rs.getString("action"), rs.getString("owner"),
                                      rs.getObject("due_on", java.time.LocalDate.class),
                                      rs.getTimestamp("done_at") == null ? null : rs.getTimestamp("done_at").toInstant()))
                          .list()))
          .toList();
    });
  }

  /** The adult as the LADO recorded them at the initial consideration. */
  public Optional<Adult> adult(UUID authorityId, UUID allegationId) {
    return transactions.read(() -> tenancy.sql(authorityId,
            "SELECT name, date_of_birth, role, employer, sector, other_roles FROM lado_adult WHERE authority_id = ? AND allegation_id = ?")
        .param(allegationId)
        .query(
            (rs, n) ->
                new Adult(rs.getString("name"), rs.getObject("date_of_birth", java.time.LocalDate.class), rs.getString("role"),
                    rs.getString("employer"), rs.getString("sector"), rs.getString("other_roles")))
        .optional());
  }

  /**
   * The council's other allegations about the same adult: the same name, as people's names are
   * matched (accents, case and spacing aside), and the same date of birth where both give one.
   * Newest first.
   */
  public List<Allegation> earlierAbout(UUID authorityId, UUID allegationId) {
    return transactions.read(() -> tenancy.sql(authorityId,
            """
            SELECT %s
            FROM lado_adult this
            JOIN lado_adult other ON other.authority_id = this.authority_id AND other.name_key = this.name_key
              AND other.allegation_id <> this.allegation_id
              AND (this.date_of_birth IS NULL OR other.date_of_birth IS NULL OR this.date_of_birth = other.date_of_birth)
            JOIN lado_allegation a ON a.authority_id = other.authority_id AND a.id = other.allegation_id
            WHERE this.authority_id = ? AND this.allegation_id = ?
            ORDER BY a.received_at DESC
            """.formatted(COLUMNS))
        .param(allegationId)
        .query(Allegations::allegation)
        .list());
  }

  /** The allegation's moves, oldest first. */
  public List<StatusChange<AllegationStatus>> history(UUID authorityId, UUID allegationId) {
    return transactions.read(() -> {
      tenancy.bind(authorityId);
      return moves.history(ALLEGATIONS, authorityId, allegationId);
    });
  }

  private static Actor actor(StaffUser user) {
    return new Actor(user.id(), user.displayName());
  }

  /** Newest first. */
  public List<Allegation> all(UUID authorityId) {
    return transactions.read(() -> tenancy.sql(authorityId,
            "SELECT " + COLUMNS + " FROM lado_allegation a WHERE authority_id = ? ORDER BY received_at DESC LIMIT 500")
        .query(Allegations::allegation)
        .list());
  }

  /** Opens one for the LADO, recording that they saw it. */
  public Optional<Allegation> open(StaffUser lado, String reference) {
    return transactions.write(() -> {
      tenancy.bind(lado.authorityId());
      Optional<Allegation> allegation =
          jdbc.sql(
                  "SELECT " + COLUMNS + " FROM lado_allegation a WHERE authority_id = ? AND reference = ?")
              .params(lado.authorityId(), reference == null ? "" : reference.strip().toUpperCase())
              .query(Allegations::allegation)
              .optional();
      if (allegation.isPresent() && !allegation.get().mayBeOpenedBy(lado)) {
        audit.record(lado.authorityId(), lado.id(), lado.displayName(), "REFUSED", SUBJECT, allegation.get().reference(),
            "Restricted: about the council's own staff");
        return Optional.empty();
      }
      allegation.ifPresent(
          a -> audit.record(lado.authorityId(), lado.id(), lado.displayName(), "VIEWED", SUBJECT, a.reference(), ""));
      return allegation;
    });
  }

  /** The allegations this member of staff may open, newest first: a deputy does not see restricted ones. */
  public List<Allegation> visibleTo(StaffUser staff) {
    return transactions.read(() -> all(staff.authorityId()).stream().filter(a -> a.mayBeOpenedBy(staff)).toList());
  }

  /**
   * The LADO marks an allegation restricted (about the council's own staff), or lifts it, saying
   * why; a deputy may not.
   *
   * @return whether it changed
   */
  public boolean restrict(StaffUser lado, Allegation allegation, boolean restricted, String why) {
    return transactions.write(() -> {
      if (!lado.roles().contains("LADO")) {
        throw new IllegalStateException("Only the LADO restricts an allegation");
      }
      tenancy.bind(lado.authorityId());
      int changed =
          jdbc.sql("UPDATE lado_allegation SET restricted = ? WHERE authority_id = ? AND id = ? AND restricted <> ?")
              .params(restricted, lado.authorityId(), allegation.id(), restricted)
              .update();
      if (changed == 1) {
        audit.record(lado.authorityId(), lado.id(), lado.displayName(), restricted ? "RESTRICTED" : "UNRESTRICTED", SUBJECT,
            allegation.reference(), why);
      }
      return changed == 1;
    });
  }

  private static Allegation allegation(ResultSet rs, int n) throws SQLException {
    return new Allegation(
        rs.getObject("id", UUID.class),
        rs.getObject("referral_id", UUID.class),
        rs.getString("reference"),
        rs.getTimestamp("received_at").toInstant(),
        AllegationStatus.valueOf(rs.getString("status")),
        rs.getTimestamp("resolved_at") == null ? null : rs.getTimestamp("resolved_at").toInstant(),
        rs.getBoolean("restricted"));
  }
}
