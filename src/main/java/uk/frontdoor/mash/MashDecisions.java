package uk.frontdoor.mash;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import uk.frontdoor.authority.UkTime;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.mash.ContactStatus.Command;
import uk.frontdoor.people.HistoryEntry;
import uk.frontdoor.people.HistoryKind;
import uk.frontdoor.people.People;
import uk.frontdoor.people.PersonLink;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.platform.Transactions;
import uk.frontdoor.platform.workflow.MoveRefusedException;
import uk.frontdoor.referral.Referrals;

/**
 * Decisions on MASH contacts: a worker records one, a manager who did not make it authorises it
 * or returns it, and the referrer hears the outcome where they may. Each step changes the
 * contact's status, is audited, and commits with everything it causes or not at all.
 */
@Service
public record MashDecisions(MashQueue queue, JdbcClient jdbc, Tenancy tenancy, Referrals referrals,
    ApplicationEventPublisher events, People people, Clock clock, Transactions transactions) {

  /** What became of a request to decide, authorise or return. */
  public enum Result {
    DONE,
    NOT_FOUND,
    /** The contact is not at a stage where this can be done (for example, already authorised). */
    WRONG_STAGE,
    /** A manager tried to authorise their own decision. */
    OWN_DECISION,
    /** No one has rated the contact's urgency or taken it on yet, so there is nothing to decide on. */
    NOT_TRIAGED
  }

  /** What a worker decides, as typed; checked by {@link #decide}. */
  public record Proposal(int thresholdLevel, String rationale, Outcome outcome, String nextSteps) {}

  /** The contact's decision, if one has been recorded. */
  public Optional<Decision> of(UUID authorityId, UUID contactId) {
    return transactions.read(() -> tenancy.sql(authorityId,
            """
            SELECT threshold_level, rationale, outcome, next_steps, decided_by, decided_by_name,
                   decided_at, authorised_by, authorised_by_name, authorised_at
            FROM mash_decision WHERE authority_id = ? AND contact_id = ?
            """)
        .param(contactId)
        .query(
            (rs, n) ->
                new Decision(
                    rs.getInt("threshold_level"),
                    rs.getString("rationale"),
                    Outcome.valueOf(rs.getString("outcome")),
                    rs.getString("next_steps"),
                    rs.getObject("decided_by", UUID.class),
                    rs.getString("decided_by_name"),
                    rs.getTimestamp("decided_at").toInstant(),
                    rs.getObject("authorised_by", UUID.class),
                    rs.getString("authorised_by_name"),
                    rs.getTimestamp("authorised_at") == null ? null : rs.getTimestamp("authorised_at").toInstant()))
        .optional());
  }

  /**
   * Contacts whose decision waits for authorisation and that this manager may authorise (they did
   * not make the decision), soonest due first (at most 100).
   */
  public List<MashContact> toAuthorise(StaffUser manager) {
    return transactions.read(() -> tenancy.sql(manager.authorityId(),
            "SELECT " + MashQueue.COLUMNS.replaceAll("(\\w+)", "c.$1")
                + """
                FROM mash_contact c JOIN mash_decision d ON d.authority_id = c.authority_id AND d.contact_id = c.id
                WHERE c.authority_id = ? AND c.status = 'AWAITING_AUTHORISATION' AND d.decided_by <> ?
                ORDER BY c.decision_due_at, c.received_at LIMIT 100
                """)
        .param(manager.id())
        .query(MashQueue::contact)
        .list());
  }

  /** A worker records the decision; it then waits for a manager's authorisation. */
  public Result decide(StaffUser worker, String reference, Proposal proposal) {
    return transactions.write(() -> {
      Optional<MashContact> found = queue.find(worker.authorityId(), reference);
      if (found.isEmpty()) {
        return Result.NOT_FOUND;
      }
      MashContact contact = found.get();
      if (!ContactStatus.WORKFLOW.allowed(contact.status(), Command.DECIDE)) {
        return Result.WRONG_STAGE;
      }
      if (!contact.triaged()) {
        return Result.NOT_TRIAGED;
      }
      String summary = "Level " + proposal.thresholdLevel() + ", " + proposal.outcome().label();
      if (!moved(worker, contact, Command.DECIDE, "Decision: " + summary)) {
        return Result.WRONG_STAGE;
      }
      jdbc.sql(
              """
              INSERT INTO mash_decision (authority_id, contact_id, threshold_level, rationale, outcome,
                  next_steps, decided_by, decided_by_name, decided_at)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
              ON CONFLICT (authority_id, contact_id) DO UPDATE SET
                  threshold_level = EXCLUDED.threshold_level, rationale = EXCLUDED.rationale,
                  outcome = EXCLUDED.outcome, next_steps = EXCLUDED.next_steps,
                  decided_by = EXCLUDED.decided_by, decided_by_name = EXCLUDED.decided_by_name,
                  decided_at = EXCLUDED.decided_at, authorised_by = NULL, authorised_by_name = NULL,
                  authorised_at = NULL
              """)
          .params(
              worker.authorityId(), contact.id(), proposal.thresholdLevel(), proposal.rationale(),
              proposal.outcome().name(), proposal.nextSteps(), worker.id(), worker.displayName(),
              Timestamp.from(clock.instant()))
          .update();
      queue.record(worker, "DECIDED", contact, summary + ". " + proposal.rationale());
      return Result.DONE;
    });
  }

  /**
   * A manager authorises a decision someone else made; the referral's status changes and the
   * referrer, where they may be told, is sent the outcome.
   */
  public Result authorise(StaffUser manager, String reference) {
    return transactions.write(() -> {
      Optional<MashContact> found = queue.find(manager.authorityId(), reference);
      if (found.isEmpty()) {
        return Result.NOT_FOUND;
      }
      MashContact contact = found.get();
      Optional<Decision> decision = of(manager.authorityId(), contact.id());
      if (decision.isEmpty() || !ContactStatus.WORKFLOW.allowed(contact.status(), Command.AUTHORISE)) {
        return Result.WRONG_STAGE;
      }
      if (decision.get().decidedBy().equals(manager.id())) {
        return Result.OWN_DECISION;
      }
      if (!moved(manager, contact, Command.AUTHORISE, "Authorised: " + decision.get().outcome().label())) {
        return Result.WRONG_STAGE;
      }
      jdbc.sql(
              """
              UPDATE mash_decision SET authorised_by = ?, authorised_by_name = ?, authorised_at = ?
              WHERE authority_id = ? AND contact_id = ?
              """)
          .params(manager.id(), manager.displayName(), Timestamp.from(clock.instant()), manager.authorityId(), contact.id())
          .update();
      recordInHistories(manager, contact, decision.get());
      events.publishEvent(
          new ContactDecided(manager.authorityId(), contact.id(), contact.referralId(), contact.reference(),
              decision.get().outcome(), clock.instant()));
      boolean told =
          referrals.decided(
              manager.authorityId(), contact.referralId(), decision.get().outcome().forReferrer(), MashQueue.actor(manager));
      queue.record(
          manager, "AUTHORISED", contact,
          decision.get().outcome().label() + (told ? "; outcome sent to the referrer" : "; the referrer is not told"));
      return Result.DONE;
    });
  }

  /**
   * Adds the authorised contact to the history of everyone a worker linked to it: a referral to
   * children's social care where the decision was an assessment, a strategy discussion or
   * immediate protection, otherwise a contact below that threshold.
   */
  private void recordInHistories(StaffUser manager, MashContact contact, Decision decision) {
    boolean referral =
        decision.outcome() == Outcome.CHILD_AND_FAMILY_ASSESSMENT
            || decision.outcome() == Outcome.STRATEGY_DISCUSSION
            || decision.outcome() == Outcome.IMMEDIATE_PROTECTION;
    LocalDate received = LocalDate.ofInstant(contact.receivedAt(), UkTime.ZONE);
    LocalDate decided = LocalDate.ofInstant(clock.instant(), UkTime.ZONE);
    for (PersonLink link : people.links(manager.authorityId(), contact.reference())) {
      people.record(
          manager.authorityId(),
          link.personId(),
          new HistoryEntry(
              referral ? HistoryKind.REFERRAL : HistoryKind.CONTACT,
              contact.reference(),
              received,
              decided.isBefore(received) ? received : decided,
              !referral,
              "MASH decision: level " + decision.thresholdLevel() + ", " + decision.outcome().label()));
    }
  }

  /** A manager sends a decision back to the worker, saying why. */
  public Result sendBack(StaffUser manager, String reference, String reason) {
    return transactions.write(() -> {
      Optional<MashContact> found = queue.find(manager.authorityId(), reference);
      if (found.isEmpty()) {
        return Result.NOT_FOUND;
      }
      MashContact contact = found.get();
      if (!ContactStatus.WORKFLOW.allowed(contact.status(), Command.RETURN)
          || !moved(manager, contact, Command.RETURN, "Sent back: " + reason)) {
        return Result.WRONG_STAGE;
      }
      queue.record(manager, "SENT_BACK", contact, reason);
      return Result.DONE;
    });
  }

  /**
   * Gives the contact the command; false if someone else moved it since it was read, in which case
   * nothing has changed.
   */
  private boolean moved(StaffUser by, MashContact contact, Command command, String reason) {
    try {
      queue.move(by, contact, command, reason);
      return true;
    } catch (MoveRefusedException movedMeanwhile) {
      return false;
    }
  }
}
