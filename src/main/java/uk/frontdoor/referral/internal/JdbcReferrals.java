package uk.frontdoor.referral.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.authority.Authority;
import uk.frontdoor.authority.AuthorityId;
import uk.frontdoor.notification.Message;
import uk.frontdoor.notification.Notifications;
import uk.frontdoor.notification.Template;
import uk.frontdoor.platform.GroupCommit;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.platform.Transactions;
import uk.frontdoor.platform.workflow.Actor;
import uk.frontdoor.platform.workflow.Moves;
import uk.frontdoor.platform.workflow.StatusTable;
import uk.frontdoor.referral.Channel;
import uk.frontdoor.referral.ConcernSubmitted;
import uk.frontdoor.referral.PhoneContactSummary;
import uk.frontdoor.referral.Receipt;
import uk.frontdoor.referral.ReferralDocument;
import uk.frontdoor.referral.ReferralProgress;
import uk.frontdoor.referral.ReferralStatus;
import uk.frontdoor.referral.ReferralSummary;
import uk.frontdoor.referral.Referrals;
import uk.frontdoor.referral.Route;
import uk.frontdoor.referral.Submission;

/** Referrals in PostgreSQL, under row-level security by council. */
@Service
class JdbcReferrals implements Referrals {

  private static final int REFERENCE_ATTEMPTS = 5;
  /** The most submissions committed together. */
  private static final int MAX_GROUP = 32;

  private final JdbcClient jdbc;
  private final Tenancy tenancy;
  private final ReferenceGenerator references;
  private final ApplicationEventPublisher events;
  private final Notifications notifications;
  private final Authorities authorities;
  private final JsonMapper json;
  private final Clock clock;
  private final GroupCommit<Prepared, Receipt> together;
  private final StoredDocuments stored;
  private final Moves moves;
  private final Transactions transactions;

  /** Referrals and their status history, moved by {@link ReferralStatus#WORKFLOW}. */
  static final StatusTable<ReferralStatus, ReferralStatus.Command> REFERRALS =
      new StatusTable<>(ReferralStatus.WORKFLOW, "referral", "referral_status_change", "referral_id");

  JdbcReferrals(
      JdbcClient jdbc,
      Tenancy tenancy,
      ReferenceGenerator references,
      ApplicationEventPublisher events,
      Notifications notifications,
      Authorities authorities,
      JsonMapper json,
      Clock clock,
      PlatformTransactionManager transactionManager,
      Moves moves,
      Transactions transactions) {
    this.transactions = transactions;
    this.jdbc = jdbc;
    this.tenancy = tenancy;
    this.references = references;
    this.events = events;
    this.notifications = notifications;
    this.authorities = authorities;
    this.json = json;
    this.clock = clock;
    this.together = new GroupCommit<>(transactionManager, this::store, MAX_GROUP, 2);
    this.stored = new StoredDocuments(json);
    this.moves = moves;
  }

  /**
   * Inside a caller's transaction, the submission joins it and is committed with it. Otherwise it
   * is committed with any others arriving at the same moment, in one transaction (ADR 0010), and
   * this returns once that has committed.
   */
  @Override
  public Receipt submit(Submission submission) {
    String documentJson = json.writeValueAsString(submission.document());
    Prepared prepared = new Prepared(submission, documentJson, Hashes.sha256(documentJson));
    if (TransactionSynchronizationManager.isActualTransactionActive()) {
      return store(List.of(prepared)).get(0);
    }
    return together.submit(prepared);
  }

  /**
   * A submission with its answers already written as JSON, and that JSON's hash to tell a repeat
   * from a different request with the same key, outside any group's transaction.
   */
  private record Prepared(Submission submission, String documentJson, String requestHash) {}

  /**
   * Stores each submission, with its event and acknowledgement, in the current transaction, in
   * the order of their councils and idempotency keys: two groups committing at once then take
   * their locks on the same keys in the same order, and cannot deadlock.
   */
  private List<Receipt> store(List<Prepared> group) {
    Map<Prepared, Receipt> receipts = new IdentityHashMap<>();
    tenancy.eachCouncil(
        group,
        p -> p.submission().authorityId(),
        Comparator.comparing(p -> p.submission().idempotencyKey(), Comparator.nullsFirst(Comparator.naturalOrder())),
        theirs -> theirs.forEach(p -> receipts.put(p, store(p))));
    return group.stream().map(receipts::get).toList();
  }

  private Receipt store(Prepared prepared) {
    Submission submission = prepared.submission();
    String documentJson = prepared.documentJson();
    String requestHash = prepared.requestHash();
    ReferralDocument document = submission.document();
    // As PostgreSQL keeps it, so that the first answer and a replay say the same time.
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    UUID follows = phoneCallFollowed(submission.authorityId(), document.followsPhoneCall());
    boolean writtenReferralDue =
        document.phoneContact() != null && document.phoneContact().writtenReferralDue();
    for (int attempt = 0; attempt < REFERENCE_ATTEMPTS; attempt++) {
      UUID id = UUID.randomUUID();
      String reference = references.next();
      boolean inserted =
          jdbc.sql(
                  """
                  WITH received AS (
                    INSERT INTO referral (authority_id, id, reference, channel, route, referral_type,
                        status, submitted_at, immediate_danger, anonymous, reporter_email, partner_id,
                        account_id, idempotency_key, follows_referral_id, written_referral_due, document,
                        request_sha256)
                    VALUES (:authority, :id, :reference, :channel, :route, :type, 'RECEIVED', :at,
                        :danger, :anonymous, :email, :partner, :account, :key, :follows, :due,
                        CAST(:document AS jsonb), :hash)
                    ON CONFLICT DO NOTHING
                    RETURNING authority_id, id, status, submitted_at)
                  INSERT INTO referral_status_change (authority_id, referral_id, seq, at, from_status,
                      to_status, actor_id, actor_name, reason)
                  SELECT authority_id, id, 1, submitted_at, NULL, status, :system, :systemName, :how
                  FROM received
                  """)
                  .param("authority", submission.authorityId())
                  .param("id", id)
                  .param("reference", reference)
                  .param("channel", submission.channel().name())
                  .param("route", document.route().name())
                  .param("type", document.referralType() == null ? null : document.referralType().name())
                  .param("at", Timestamp.from(now))
                  .param("danger", document.concern() != null && document.concern().immediateDanger())
                  .param("anonymous", document.anonymous())
                  .param("email", emailOf(document))
                  .param("partner", submission.partnerId())
                  .param("account", submission.accountId())
                  .param("key", submission.idempotencyKey())
                  .param("follows", follows)
                  .param("due", writtenReferralDue)
                  .param("document", documentJson)
                  .param("hash", requestHash)
                  .param("system", Actor.SYSTEM.id())
                  .param("systemName", Actor.SYSTEM.name())
                  .param("how", submission.channel().label())
                  .update()
              == 1;
      if (inserted) {
        events.publishEvent(
            new ConcernSubmitted(
                submission.authorityId(),
                id,
                reference,
                submission.channel(),
                document.route(),
                document.concern() != null && document.concern().immediateDanger(),
                now,
                document.phoneContact() == null ? null : document.phoneContact().urgency(),
                document.referralType()));
        acknowledge(submission.authorityId(), document, reference);
        return new Receipt(id, reference, now, true);
      }
      Optional<Receipt> earlier = byIdempotencyKey(submission.authorityId(), submission.idempotencyKey(), requestHash);
      if (earlier.isPresent()) {
        return earlier.get();
      }
      // Otherwise the random reference was already taken: draw another.
    }
    throw new IllegalStateException("Could not draw an unused reference");
  }

  private UUID phoneCallFollowed(UUID authorityId, String reference) {
    if (reference == null || reference.isBlank()) {
      return null;
    }
    return jdbc.sql("SELECT id FROM referral WHERE authority_id = ? AND reference = ? AND channel = 'PHONE'")
        .param(authorityId)
        .param(ReferenceGenerator.normalise(reference))
        .query(UUID.class)
        .optional()
        .orElse(null);
  }

  @Override
  public List<PhoneContactSummary> phoneContacts(UUID authorityId) {
    return transactions.read(() -> tenancy.sql(authorityId,
            """
            SELECT phone.id, phone.reference, phone.submitted_at,
                   phone.document -> 'phoneContact' ->> 'urgency' AS urgency,
                   phone.written_referral_due,
                   (SELECT written.reference FROM referral written
                     WHERE written.authority_id = phone.authority_id
                       AND written.follows_referral_id = phone.id
                     ORDER BY written.submitted_at LIMIT 1) AS written_reference
            FROM referral phone
            WHERE phone.authority_id = ? AND phone.channel = 'PHONE' AND phone.route <> 'LADO'
            ORDER BY phone.submitted_at DESC LIMIT 500
            """)
        .query(
            (rs, n) ->
                new PhoneContactSummary(
                    rs.getObject("id", UUID.class),
                    rs.getString("reference"),
                    rs.getTimestamp("submitted_at").toInstant(),
                    rs.getString("urgency"),
                    rs.getBoolean("written_referral_due"),
                    rs.getString("written_reference")))
        .list());
  }

  private void acknowledge(UUID authorityId, ReferralDocument document, String reference) {
    String email = emailOf(document);
    if (email == null) {
      return;
    }
    Authority authority = authorities.findById(new AuthorityId(authorityId)).orElseThrow();
    notifications.send(
        new Message(
            authorityId,
            email,
            Template.CONCERN_RECEIVED,
            Map.of(
                "authorityName", authority.name(),
                "reference", reference,
                "whatHappensNext",
                "A social worker will look at what you told us, with anything already known, and"
                    + " decide within one working day what needs to happen."),
            reference));
  }

  private static String emailOf(ReferralDocument document) {
    if (document.referrer() == null || document.referrer().email() == null) {
      return null;
    }
    String email = document.referrer().email().strip();
    return email.isEmpty() ? null : email;
  }

  /**
   * The referral an idempotency key already made, as a repeat of it; marked as not the same
   * request when that referral was made from a different document (one stored before documents
   * were hashed counts as the same, as it always did).
   */
  private Optional<Receipt> byIdempotencyKey(UUID authorityId, String key, String requestHash) {
    return jdbc.sql(
            "SELECT id, reference, submitted_at, request_sha256 FROM referral WHERE authority_id = ? AND idempotency_key = ?")
        .param(authorityId)
        .param(key)
        .query(
            (rs, n) ->
                new Receipt(
                    rs.getObject("id", UUID.class),
                    rs.getString("reference"),
                    rs.getTimestamp("submitted_at").toInstant(),
                    false,
                    rs.getString("request_sha256") == null || rs.getString("request_sha256").equals(requestHash)))
        .optional();
  }

  @Override
  public Optional<ReferralSummary> find(UUID authorityId, String reference) {
    return transactions.read(() -> summaries(authorityId, "reference = ?", ReferenceGenerator.normalise(reference)).optional());
  }

  @Override
  public List<ReferralSummary> sentBy(UUID authorityId, UUID accountId) {
    return transactions.read(() -> summaries(authorityId, "account_id = ? ORDER BY submitted_at DESC LIMIT 500", accountId).list());
  }

  /** The council's referrals that meet one condition on one value, as their referrer sees them. */
  private JdbcClient.MappedQuerySpec<ReferralSummary> summaries(UUID authorityId, String condition, Object value) {
    return tenancy.sql(authorityId,
            "SELECT id, reference, channel, route, status, submitted_at, partner_id, outcome,"
                + " (SELECT string_agg(p.step || ' ' || (extract(epoch FROM p.at) * 1000)::bigint, ',' ORDER BY p.at, p.step)"
                + "  FROM referral_progress p WHERE p.authority_id = referral.authority_id AND p.referral_id = referral.id) AS progress"
                + " FROM referral WHERE authority_id = ? AND " + condition)
        .param(value)
        .query(JdbcReferrals::summary);
  }

  @Override
  public Optional<ReferralDocument> document(UUID authorityId, UUID referralId) {
    return transactions.read(() -> tenancy.sql(authorityId, "SELECT document::text FROM referral WHERE authority_id = ? AND id = ?")
        .param(referralId)
        .query(String.class)
        .optional()
        .map(stored::read));
  }

  @Override
  public void beingLookedAt(UUID authorityId, UUID referralId, Actor by) {
    transactions.write(() -> {
      tenancy.bind(authorityId);
      ReferralStatus status =
          jdbc.sql("SELECT status FROM referral WHERE authority_id = ? AND id = ? FOR NO KEY UPDATE")
              .params(authorityId, referralId)
              .query((rs, n) -> ReferralStatus.valueOf(rs.getString("status")))
              .single();
      if (ReferralStatus.WORKFLOW.allowed(status, ReferralStatus.Command.LOOK_AT)) {
        moves.move(REFERRALS, authorityId, referralId, status, ReferralStatus.Command.LOOK_AT, by, "The MASH has taken it on");
      }
    });
  }

  @Override
  public boolean decided(UUID authorityId, UUID referralId, String outcome, Actor by) {
    return transactions.write(() -> {
      tenancy.bind(authorityId);
      record Row(String reference, Route route, String document, ReferralStatus status) {}
      Row row =
          jdbc.sql("SELECT reference, route, document::text, status FROM referral WHERE authority_id = ? AND id = ? FOR NO KEY UPDATE")
              .params(authorityId, referralId)
              .query(
                  (rs, n) ->
                      new Row(rs.getString(1), Route.valueOf(rs.getString(2)), rs.getString(3), ReferralStatus.valueOf(rs.getString(4))))
              .optional()
              .orElseThrow(() -> new IllegalArgumentException("No referral " + referralId));
      moves.move(REFERRALS, authorityId, referralId, row.status(), ReferralStatus.Command.DECIDE, by, "Outcome: " + outcome);
      jdbc.sql("UPDATE referral SET outcome = ? WHERE authority_id = ? AND id = ?")
          .params(outcome, authorityId, referralId)
          .update();
      ReferralDocument document = stored.read(row.document());
      String email = emailOf(document);
      // Professionals, parents asking for help and members of the public who hold parental
      // responsibility for the child are told; anonymous reporters and other members of the public
      // are not (Working Together: the family's information is private).
      boolean parent =
          row.route() == Route.PARENT_CARER
              || (row.route() == Route.MEMBER_OF_PUBLIC
                  && document.referrer() != null
                  && document.referrer().holdsParentalResponsibility());
      if (email == null || !(row.route() == Route.PROFESSIONAL || parent)) {
        return false;
      }
      Authority authority = authorities.findById(new AuthorityId(authorityId)).orElseThrow();
      notifications.send(
          new Message(
              authorityId,
              email,
              Template.REFERRAL_OUTCOME,
              Map.of("authorityName", authority.name(), "reference", row.reference(), "outcome", outcome),
              row.reference()));
      return true;
    });
  }

  private static ReferralSummary summary(ResultSet rs, int n) throws SQLException {
    return new ReferralSummary(
        rs.getObject("id", UUID.class),
        rs.getString("reference"),
        Channel.valueOf(rs.getString("channel")),
        Route.valueOf(rs.getString("route")),
        ReferralStatus.valueOf(rs.getString("status")),
        rs.getTimestamp("submitted_at").toInstant(),
        rs.getObject("partner_id", UUID.class),
        rs.getString("outcome"),
        steps(rs.getString("progress")));
  }

  /** The steps as the summary query aggregates them ("ASSESSMENT_STARTED 1796112000000,..." or null), in the order reached. */
  private static List<ReferralSummary.Step> steps(String aggregated) {
    if (aggregated == null) {
      return List.of();
    }
    return java.util.Arrays.stream(aggregated.split(","))
        .map(step -> step.split(" "))
        .map(parts -> new ReferralSummary.Step(ReferralProgress.valueOf(parts[0]), Instant.ofEpochMilli(Long.parseLong(parts[1]))))
        .sorted(Comparator.comparing(ReferralSummary.Step::at).thenComparing(ReferralSummary.Step::step))
        .toList();
  }

  @Override
  public void progressed(UUID authorityId, UUID referralId, ReferralProgress step, Instant at) {
    transactions.write(() -> {
      tenancy.sql(authorityId, "INSERT INTO referral_progress (authority_id, referral_id, step, at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
          .params(referralId, step.name(), Timestamp.from(at))
          .update();
    });
  }
}
