package uk.frontdoor.referral.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.authority.Authority;
import uk.frontdoor.platform.Tenancy;

/**
 * Deletes what the referral module keeps only for a while, council by council (row-level security
 * lets each council's transaction see only its own rows): a public reporter's draft idle for 2
 * hours (frontdoor.referral.public-draft-idle), a professional's draft 30 days after its last
 * change, sent or not (frontdoor.referral.professional-draft-keep), and sign-in codes and the
 * sign-in limits' counts after a day. Deleting is idempotent, so several nodes may run this at once.
 */
@Component
public class ReferralRetention {

  private static final Logger log = LoggerFactory.getLogger(ReferralRetention.class);
  private static final Duration SIGN_IN_KEEP = Duration.ofDays(1);

  private final JdbcClient jdbc;
  private final Authorities authorities;
  private final Tenancy tenancy;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final Duration publicDraftIdle;
  private final Duration professionalDraftKeep;

  ReferralRetention(
      JdbcClient jdbc,
      Authorities authorities,
      Tenancy tenancy,
      PlatformTransactionManager transactions,
      Clock clock,
      @Value("${frontdoor.referral.public-draft-idle:PT2H}") Duration publicDraftIdle,
      @Value("${frontdoor.referral.professional-draft-keep:P30D}") Duration professionalDraftKeep) {
    this.jdbc = jdbc;
    this.authorities = authorities;
    this.tenancy = tenancy;
    this.transactions = new TransactionTemplate(transactions);
    this.clock = clock;
    this.publicDraftIdle = publicDraftIdle;
    this.professionalDraftKeep = professionalDraftKeep;
  }

  @Scheduled(fixedDelayString = "${frontdoor.referral.retention-poll:PT5M}", initialDelayString = "PT30S")
  void scheduled() {
    int deleted = deleteExpired();
    if (deleted > 0) {
      log.info("Deleted {} lapsed drafts, sign-in codes and sign-in counts", deleted);
    }
  }

  /** Deletes everything past its time; returns how many rows went. */
  public int deleteExpired() {
    Instant now = clock.instant();
    int deleted = 0;
    for (Authority authority : authorities.all()) {
      Integer theirs =
          transactions.execute(
              status -> {
                return tenancy.sql(authority.id().value(), "DELETE FROM public_report_draft WHERE authority_id = ? AND updated_at <= ?")
                        .param(Timestamp.from(now.minus(publicDraftIdle)))
                        .update()
                    + jdbc.sql("DELETE FROM professional_draft WHERE authority_id = ? AND updated_at <= ?")
                        .params(authority.id().value(), Timestamp.from(now.minus(professionalDraftKeep)))
                        .update();
              });
      deleted += theirs == null ? 0 : theirs;
    }
    Timestamp dayAgo = Timestamp.from(now.minus(SIGN_IN_KEEP));
    deleted += jdbc.sql("DELETE FROM professional_sign_in_code WHERE expires_at <= ?").param(dayAgo).update();
    deleted += jdbc.sql("DELETE FROM professional_sign_in_event WHERE at <= ?").param(dayAgo).update();
    return deleted;
  }
}
