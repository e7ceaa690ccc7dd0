package uk.frontdoor.lado;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import uk.frontdoor.audit.AuditLog;
import uk.frontdoor.casework.Enquiries;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.platform.Transactions;
import uk.frontdoor.platform.workflow.Actor;
import uk.frontdoor.platform.workflow.MoveRefusedException;
import uk.frontdoor.platform.workflow.Moves;
import uk.frontdoor.platform.workflow.StatusTable;

/**
 * The strands of an allegation being managed: the police investigation, the section 47 enquiry for
 * the child and the employer's own process, each started on a date and concluded with one of its
 * kind's outcomes, one of each kind; the section 47 strand links to the council's own enquiry for
 * the child. Every change is audited on the allegation.
 */
@Service
public record Strands(JdbcClient jdbc, Tenancy tenancy, Moves moves, AuditLog audit, Enquiries enquiries, Clock clock,
    Transactions transactions) {

  /** Strands and their status history, moved by {@link StrandStatus#WORKFLOW}. */
  public static final StatusTable<StrandStatus, StrandStatus.Command> STRANDS =
      new StatusTable<>(StrandStatus.WORKFLOW, "lado_strand", "lado_strand_status_change", "strand_id");

  /** What became of a change asked for. */
  public enum Result {
    DONE,
    /** Strands run only while the allegation is being managed. */
    NOT_MANAGED,
    /** A strand of that kind was started already. */
    ALREADY_STARTED,
    /** The strand concluded already, or someone else changed it first. */
    WRONG_STAGE,
    NOT_FOUND
  }

  /** The allegation's strands, in the order of their kinds. */
  public List<Strand> of(UUID authorityId, UUID allegationId) {
    return transactions.read(() -> tenancy.sql(authorityId,
            """
            SELECT id, kind, status, started_on, concluded_on, outcome, notes, started_by_name, enquiry_id FROM lado_strand
            WHERE authority_id = ? AND allegation_id = ?
            """)
        .param(allegationId)
        .query((rs, n) -> new Strand(
            rs.getObject("id", UUID.class), StrandKind.valueOf(rs.getString("kind")), StrandStatus.valueOf(rs.getString("status")),
            rs.getObject("started_on", LocalDate.class), rs.getObject("concluded_on", LocalDate.class), rs.getString("outcome"),
            rs.getString("notes"), rs.getString("started_by_name"), rs.getObject("enquiry_id", UUID.class)))
        .list()
        .stream()
        .sorted(java.util.Comparator.comparing(Strand::kind))
        .toList());
  }

  /** The section 47 enquiries the allegation's strands link to, by strand, each view audited on the child's episode. */
  public java.util.Map<UUID, Enquiries.AboutChild> linkedEnquiries(StaffUser lado, Allegation allegation, List<Strand> strands) {
    java.util.Map<UUID, Enquiries.AboutChild> linked = new java.util.HashMap<>();
    for (Strand strand : strands) {
      if (strand.enquiryId() != null) {
        enquiries.seenBy(lado, strand.enquiryId(), "Seen by the LADO on allegation " + allegation.reference())
            .ifPresent(e -> linked.put(strand.id(), e));
      }
    }
    return linked;
  }

  /** Starts a strand of the allegation, which must be being managed. */
  public Result start(StaffUser lado, Allegation allegation, StrandKind kind, LocalDate on) {
    return transactions.write(() -> {
      tenancy.bind(lado.authorityId());
      if (moves.state(Allegations.ALLEGATIONS, lado.authorityId(), allegation.id()).orElse(null) != AllegationStatus.MANAGED) {
        return Result.NOT_MANAGED;
      }
      int started =
          jdbc.sql(
                  """
                  WITH s AS (
                    INSERT INTO lado_strand (authority_id, id, allegation_id, kind, status, started_on, started_by_name)
                    VALUES (:authority, gen_random_uuid(), :allegation, :kind, :start, :on, :byName)
                    ON CONFLICT (authority_id, allegation_id, kind) DO NOTHING
                    RETURNING authority_id, id)
                  INSERT INTO lado_strand_status_change (authority_id, strand_id, seq, at, to_status, actor_id, actor_name, reason)
                  SELECT authority_id, id, 1, :at, :start, :by, :byName, 'Started' FROM s
                  """)
              .param("authority", lado.authorityId())
              .param("allegation", allegation.id())
              .param("kind", kind.name())
              .param("start", StrandStatus.WORKFLOW.start().name())
              .param("on", on)
              .param("at", Timestamp.from(clock.instant()))
              .param("by", lado.id())
              .param("byName", lado.displayName())
              .update();
      if (started != 1) {
        return Result.ALREADY_STARTED;
      }
      record(lado, "STRAND_STARTED", allegation, kind.label() + " started on " + on);
      return Result.DONE;
    });
  }

  /** Concludes one of the allegation's strands with one of its kind's outcomes, on a day not before it started. */
  public Result conclude(StaffUser lado, Allegation allegation, UUID strandId, LocalDate on, String outcome, String notes) {
    return transactions.write(() -> {
      Optional<Strand> found = of(lado.authorityId(), allegation.id()).stream().filter(s -> s.id().equals(strandId)).findFirst();
      if (found.isEmpty()) {
        return Result.NOT_FOUND;
      }
      Strand strand = found.get();
      if (!strand.kind().outcomes().containsKey(outcome) || on.isBefore(strand.startedOn())) {
        throw new IllegalArgumentException("Not an outcome of a " + strand.kind() + " strand on " + on + ": " + outcome);
      }
      try {
        moves.move(STRANDS, lado.authorityId(), strandId, strand.status(), StrandStatus.Command.CONCLUDE,
            new Actor(lado.id(), lado.displayName()), strand.kind().outcomes().get(outcome));
      } catch (MoveRefusedException refused) {
        return Result.WRONG_STAGE;
      }
      jdbc.sql("UPDATE lado_strand SET concluded_on = ?, outcome = ?, notes = ? WHERE authority_id = ? AND id = ?")
          .params(on, outcome, notes, lado.authorityId(), strandId)
          .update();
      record(lado, "STRAND_CONCLUDED", allegation, strand.kind().label() + ": " + strand.kind().outcomes().get(outcome) + " on " + on);
      return Result.DONE;
    });
  }

  /**
   * Links the allegation's section 47 strand to the council's section 47 enquiry for the child, or
   * to another in its place; NOT_FOUND for a strand of another kind or an enquiry that is not the
   * council's.
   */
  public Result linkEnquiry(StaffUser lado, Allegation allegation, UUID strandId, UUID enquiryId) {
    return transactions.write(() -> {
      Optional<Strand> strand = of(lado.authorityId(), allegation.id()).stream()
          .filter(s -> s.id().equals(strandId) && s.kind() == StrandKind.SECTION_47)
          .findFirst();
      Optional<Enquiries.AboutChild> enquiry = strand.flatMap(s -> enquiries.seenBy(lado, enquiryId, "Linked by the LADO to allegation " + allegation.reference()));
      if (enquiry.isEmpty()) {
        return Result.NOT_FOUND;
      }
      jdbc.sql("UPDATE lado_strand SET enquiry_id = ? WHERE authority_id = ? AND id = ?")
          .params(enquiryId, lado.authorityId(), strandId)
          .update();
      record(lado, "STRAND_LINKED", allegation, "Section 47 strand linked to the enquiry about " + enquiry.get().childName()
          + " started on " + enquiry.get().enquiry().startedOn());
      return Result.DONE;
    });
  }

  private void record(StaffUser lado, String action, Allegation allegation, String detail) {
    audit.record(lado.authorityId(), lado.id(), lado.displayName(), action, Allegations.SUBJECT, allegation.reference(), detail);
  }
}
