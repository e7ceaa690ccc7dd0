package uk.frontdoor.casework;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import uk.frontdoor.audit.AuditLog;
import uk.frontdoor.authority.Audience;
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.authority.Authority;
import uk.frontdoor.authority.Team;
import uk.frontdoor.authority.UkTime;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.people.NhsNumber;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.platform.Transactions;

/**
 * What the council sends to NHS England's Child Protection – Information Sharing service (CP-IS):
 * each child on a child protection plan now, or whose plan ended within the last 12 months, by NHS
 * number and date of birth (an unborn child's plan, UCPP, by the expected date), with the plan's
 * start and end and the council's contact. A child without an NHS number that passes its check
 * digit is not sent but listed as needing one. Each download is an export, recorded with what it
 * sent for each plan, so the next can send only what is new or changed since; each view and each
 * export is audited.
 */
@Service
public record CpisExport(JdbcClient jdbc, Tenancy tenancy, Authorities authorities, AuditLog audit, Clock clock,
    Transactions transactions) {

  /** The audit log's subject for exports. */
  public static final String SUBJECT = "CPIS_EXPORT";

  /** How a plan's line differs from what the last export sent for it. */
  public enum Change {
    NEW, CHANGED, ENDED, UNCHANGED
  }

  /**
   * One plan as CP-IS is sent it.
   *
   * @param bornOn the child's date of birth, or for an unborn child's plan the expected date
   * @param planType CPP, or UCPP for an unborn child's plan
   */
  public record Line(
      UUID planId, UUID episodeId, String childName, String nhsNumber, LocalDate bornOn, String planType,
      LocalDate startedOn, LocalDate endedOn, Change change) {

    boolean sameAs(Line sent) {
      return nhsNumber.equals(sent.nhsNumber) && bornOn.equals(sent.bornOn) && planType.equals(sent.planType)
          && startedOn.equals(sent.startedOn) && Objects.equals(endedOn, sent.endedOn);
    }
  }

  /** A child on a plan who cannot be sent, and why. */
  public record Unsent(UUID episodeId, String childName, String planType, LocalDate startedOn, LocalDate endedOn, String reason) {}

  /** The last export: when, by whom, how many lines. */
  public record Last(Instant at, String byName, int lines) {}

  /**
   * What could be sent now.
   *
   * @param lines every plan that can be sent, each with its change since the last export
   * @param unsent the children who need a verified NHS number (or a date of birth) first
   * @param last the last export, if there has been one
   */
  public record Listing(List<Line> lines, List<Unsent> unsent, Optional<Last> last, String contact) {

    /** Only the lines new or changed since the last export. */
    public List<Line> changes() {
      return lines.stream().filter(l -> l.change() != Change.UNCHANGED).toList();
    }
  }

  /** An export recorded: its lines as sent, and the council's contact. */
  public record Sent(LocalDate on, List<Line> lines, String contact) {}

  public static final String NO_NUMBER = "No NHS number recorded";
  public static final String FAILS_CHECK = "NHS number fails its check digit";
  public static final String NO_DATE = "No date of birth or expected date recorded";

  /** What could be sent now and who needs a verified NHS number; the view is audited. */
  public Listing view(StaffUser me) {
    return transactions.write(() -> {
      Listing listing = listing(me.authorityId());
      audit.record(me.authorityId(), me.id(), me.displayName(), "CPIS_VIEWED", SUBJECT, "",
          listing.lines().size() + " to send, " + listing.changes().size() + " new or changed, "
              + listing.unsent().size() + " needing a verified NHS number");
      return listing;
    });
  }

  /** Records an export of every line, or of the changes only, and audits it. */
  public Sent export(StaffUser me, boolean changesOnly) {
    return transactions.write(() -> {
      Listing listing = listing(me.authorityId());
      List<Line> lines = changesOnly ? listing.changes() : listing.lines();
      UUID id = UUID.randomUUID();
      Instant now = clock.instant();
      jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('cpis:' || ?))").param(me.authorityId().toString()).query().listOfRows();
      jdbc.sql(
              """
              INSERT INTO casework_cpis_export (authority_id, id, seq, kind, at, by_id, by_name, contact, lines)
              SELECT ?, ?, coalesce(max(seq), 0) + 1, ?, ?, ?, ?, ?, ? FROM casework_cpis_export WHERE authority_id = ?
              """)
          .params(me.authorityId(), id, changesOnly ? "CHANGES" : "ALL", Timestamp.from(now), me.id(), me.displayName(),
              listing.contact(), lines.size(), me.authorityId())
          .update();
      for (Line line : lines) {
        jdbc.sql(
                """
                INSERT INTO casework_cpis_export_line (authority_id, export_id, plan_id, nhs_number, born_on, plan_type,
                    started_on, ended_on, change)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            .params(me.authorityId(), id, line.planId(), line.nhsNumber(), line.bornOn(), line.planType(), line.startedOn(),
                line.endedOn(), line.change().name())
            .update();
      }
      audit.record(me.authorityId(), me.id(), me.displayName(), "CPIS_EXPORTED", SUBJECT, id.toString(),
          (changesOnly ? "Changes since the last export: " : "Every plan: ") + lines.size() + (lines.size() == 1 ? " line" : " lines"));
      return new Sent(LocalDate.ofInstant(now, UkTime.ZONE), lines, listing.contact());
    });
  }

  private Listing listing(UUID authorityId) {
    tenancy.bind(authorityId);
    LocalDate today = LocalDate.ofInstant(clock.instant(), UkTime.ZONE);
    record Row(Line now, String typed, Line sent) {}
    List<Row> rows =
        jdbc.sql(
                """
                SELECT p.id AS plan_id, p.episode_id, e.first_name, e.last_name, e.nhs_number,
                       coalesce(e.date_of_birth, e.expected_date) AS born_on,
                       CASE WHEN e.date_of_birth IS NULL AND e.expected_date IS NOT NULL THEN 'UCPP' ELSE 'CPP' END AS plan_type,
                       p.started_on, p.ended_on,
                       l.nhs_number AS sent_nhs_number, l.born_on AS sent_born_on, l.plan_type AS sent_plan_type,
                       l.started_on AS sent_started_on, l.ended_on AS sent_ended_on
                FROM casework_protection_plan p
                JOIN casework_episode e ON e.authority_id = p.authority_id AND e.id = p.episode_id
                LEFT JOIN LATERAL (
                  SELECT l.* FROM casework_cpis_export_line l
                  JOIN casework_cpis_export x ON x.authority_id = l.authority_id AND x.id = l.export_id
                  WHERE l.authority_id = p.authority_id AND l.plan_id = p.id
                  ORDER BY x.seq DESC LIMIT 1) l ON true
                WHERE p.authority_id = ? AND (p.status = 'OPEN' OR p.ended_on >= ?)
                ORDER BY e.last_name, e.first_name, p.started_on
                """)
            .params(authorityId, today.minusMonths(12))
            .query((rs, n) -> {
              String name = (Objects.toString(rs.getString("first_name"), "") + " " + Objects.toString(rs.getString("last_name"), "")).strip();
              Line now = new Line(rs.getObject("plan_id", UUID.class), rs.getObject("episode_id", UUID.class),
                  name.isEmpty() ? "Unnamed child" : name, rs.getString("nhs_number"), rs.getObject("born_on", LocalDate.class),
                  rs.getString("plan_type"), rs.getObject("started_on", LocalDate.class), rs.getObject("ended_on", LocalDate.class), null);
              Line sent = rs.getString("sent_nhs_number") == null ? null
                  : new Line(now.planId(), now.episodeId(), name, rs.getString("sent_nhs_number"), rs.getObject("sent_born_on", LocalDate.class),
                      rs.getString("sent_plan_type"), rs.getObject("sent_started_on", LocalDate.class),
                      rs.getObject("sent_ended_on", LocalDate.class), null);
              return new Row(now, rs.getString("nhs_number"), sent);
            })
            .list();
    List<Line> lines = new ArrayList<>();
    List<Unsent> unsent = new ArrayList<>();
    for (Row row : rows) {
      Line l = row.now();
      String reason = l.nhsNumber() == null ? NO_NUMBER
          : NhsNumber.check(l.nhsNumber()).isPresent() ? FAILS_CHECK
          : l.bornOn() == null ? NO_DATE
          : null;
      if (reason != null) {
        unsent.add(new Unsent(l.episodeId(), l.childName(), l.planType(), l.startedOn(), l.endedOn(), reason));
        continue;
      }
      lines.add(new Line(l.planId(), l.episodeId(), l.childName(), l.nhsNumber(), l.bornOn(), l.planType(), l.startedOn(),
          l.endedOn(), change(l, row.sent())));
    }
    Optional<Last> last =
        jdbc.sql("SELECT at, by_name, lines FROM casework_cpis_export WHERE authority_id = ? ORDER BY seq DESC LIMIT 1")
            .param(authorityId)
            .query((rs, n) -> new Last(rs.getTimestamp("at").toInstant(), rs.getString("by_name"), rs.getInt("lines")))
            .optional();
    return new Listing(List.copyOf(lines), List.copyOf(unsent), last, contact(authorities.get(authorityId)));
  }

  /** NEW if never sent; ENDED if it has ended since it was sent (or was never sent open); else CHANGED or UNCHANGED. */
  private static Change change(Line now, Line sent) {
    if (now.endedOn() != null && (sent == null || sent.endedOn() == null)) {
      return Change.ENDED;
    }
    if (sent == null) {
      return Change.NEW;
    }
    return now.sameAs(sent) ? Change.UNCHANGED : Change.CHANGED;
  }

  /**
   * The council's contact for the responsible team: its first front-door team for professionals
   * with a published phone number or email (the MASH, or its equivalent), else its first team with
   * one; the council's name and website where none is published.
   */
  static String contact(Authority council) {
    List<Team> teams = new ArrayList<>(council.frontDoorTeams(Audience.PROFESSIONAL));
    teams.addAll(council.teams());
    return teams.stream()
        .filter(t -> t.phoneKnown() || t.emailKnown())
        .findFirst()
        .map(t -> String.join(", ", java.util.stream.Stream.of(council.name() + " " + t.name(), t.phone(), t.email())
            .filter(Objects::nonNull).toList()))
        .orElse(council.name() + " children’s services, " + council.website());
  }
}
