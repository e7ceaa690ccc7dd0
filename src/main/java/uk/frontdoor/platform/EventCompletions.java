package uk.frontdoor.platform;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;

/**
 * Spring Modulith's registry of event publications, writing the marks that say a listener has
 * finished in groups (ADR 0010). Spring Modulith 2.1 marks each publication complete in a
 * transaction of its own once its listener's transaction has committed: one more commit for every
 * event. Here a mark is queued and a writer stores all marks queued within {@link #LINGER} in one
 * statement. Nothing changes for a listener: Spring Modulith already delivers at least once (a
 * stop between a listener's commit and its mark delivers the event again at the next start), so
 * listeners are idempotent; a stop before a queued mark is written is the same case. Marks still
 * queued when the application stops in an orderly way are written first.
 *
 * <p>The mark that a listener has started is not written ({@link #markProcessing}); everything
 * else goes straight to Spring Modulith's own repository.
 */
final class EventCompletions implements EventPublicationRepository, DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(EventCompletions.class);

  /** How long a mark may wait for others to be written with it. */
  static final Duration LINGER = Duration.ofMillis(20);

  private static final int MAX_GROUP = 1000;

  private record Mark(UUID id, Instant at) {}

  private final EventPublicationRepository delegate;
  private final JdbcOperations jdbc;
  private final LinkedBlockingQueue<Mark> queued = new LinkedBlockingQueue<>();
  private final Thread writer;
  private volatile boolean stopping;

  EventCompletions(EventPublicationRepository delegate, JdbcOperations jdbc) {
    this.delegate = delegate;
    this.jdbc = jdbc;
    this.writer = new Thread(this::writeUntilStopped, "event-completions");
    this.writer.setDaemon(true);
    this.writer.start();
  }

  @Override
  public void markCompleted(UUID identifier, Instant completionDate) {
    queued.add(new Mark(identifier, completionDate));
  }

  private void writeUntilStopped() {
    while (!stopping || !queued.isEmpty()) {
      try {
        Mark first = queued.poll(200, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        if (!stopping) {
          Thread.sleep(LINGER.toMillis());
        }
        List<Mark> group = new ArrayList<>();
        group.add(first);
        queued.drainTo(group, MAX_GROUP - 1);
        writeOrRequeue(group);
      } catch (InterruptedException e) {
        stopping = true;
      }
    }
  }

  private void writeOrRequeue(List<Mark> group) throws InterruptedException {
    try {
      write(group);
    } catch (RuntimeException e) {
      if (stopping) {
        // Unmarked, these events are delivered again at the next start: safe, as after a crash.
        log.warn("Could not mark {} event publications complete before stopping: {}", group.size() + queued.size(), e.getMessage());
        queued.clear();
        return;
      }
      // The database may be restarting: keep the marks and try again shortly. Until written, the
      // events count as not yet handled, which is safe.
      log.warn("Could not mark {} event publications complete; trying again: {}", group.size(), e.getMessage());
      queued.addAll(group);
      Thread.sleep(1000);
    }
  }

  private void write(List<Mark> group) {
    jdbc.update(
        con -> {
          var statement =
              con.prepareStatement(
                  """
                  UPDATE event_publication p SET status = 'COMPLETED', completion_date = m.at
                  FROM unnest(?::uuid[], ?::timestamptz[]) AS m(id, at)
                  WHERE p.id = m.id
                  """);
          statement.setArray(1, con.createArrayOf("uuid", group.stream().map(Mark::id).toArray()));
          statement.setArray(
              2, con.createArrayOf("timestamptz", group.stream().map(m -> Timestamp.from(m.at())).toArray()));
          return statement;
        });
  }

  /** Writes the marks still queued, then stops the writer. */
  @Override
  public void destroy() throws InterruptedException {
    stopping = true;
    writer.join(10_000);
  }

  // Everything below is Spring Modulith's own.

  @Override
  public TargetEventPublication create(TargetEventPublication publication) {
    return delegate.create(publication);
  }

  /**
   * Not written: a publication being handled stays "published" until it is complete, as before
   * Spring Modulith 2.1, instead of costing a transaction of its own. Nothing here reads the
   * difference: incomplete publications, whatever their state, are resubmitted at start-up, and
   * the staleness monitor, which fails publications "processing" for too long, is not enabled.
   */
  @Override
  public void markProcessing(UUID identifier) {}

  @Override
  public void markCompleted(Object event, PublicationTargetIdentifier identifier, Instant completionDate) {
    delegate.markCompleted(event, identifier, completionDate);
  }

  @Override
  public void markFailed(UUID identifier) {
    delegate.markFailed(identifier);
  }

  @Override
  public boolean markResubmitted(UUID identifier, Instant resubmissionDate) {
    return delegate.markResubmitted(identifier, resubmissionDate);
  }

  @Override
  public List<TargetEventPublication> findIncompletePublications() {
    return delegate.findIncompletePublications();
  }

  @Override
  public List<TargetEventPublication> findIncompletePublicationsPublishedBefore(Instant instant) {
    return delegate.findIncompletePublicationsPublishedBefore(instant);
  }

  @Override
  public Optional<TargetEventPublication> findIncompletePublicationsByEventAndTargetIdentifier(
      Object event, PublicationTargetIdentifier targetIdentifier) {
    return delegate.findIncompletePublicationsByEventAndTargetIdentifier(event, targetIdentifier);
  }

  @Override
  public List<TargetEventPublication> findCompletedPublications() {
    return delegate.findCompletedPublications();
  }

  @Override
  public void deletePublications(List<UUID> identifiers) {
    delegate.deletePublications(identifiers);
  }

  @Override
  public void deleteCompletedPublications() {
    delegate.deleteCompletedPublications();
  }

  @Override
  public void deleteCompletedPublicationsBefore(Instant instant) {
    delegate.deleteCompletedPublicationsBefore(instant);
  }

  @Override
  public List<TargetEventPublication> findFailedPublications(FailedCriteria criteria) {
    return delegate.findFailedPublications(criteria);
  }

  @Override
  public List<TargetEventPublication> findByStatus(EventPublication.Status status) {
    return delegate.findByStatus(status);
  }

  @Override
  public int countByStatus(EventPublication.Status status) {
    return delegate.countByStatus(status);
  }
}
