package uk.frontdoor.platform;

import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a piece of work in a database transaction, said where the work is done:
 * {@code return transactions.read(() -> ...)} for a read, {@code transactions.write(() -> ...)}
 * for a change. An outer transaction already running is joined, as {@code @Transactional}'s
 * default does; a runtime exception rolls the work back. Said this way rather than by an
 * annotation a proxy acts on, a service needs no proxy and can be a record (ADR 0023).
 */
@Component
public final class Transactions {

  private final TransactionTemplate writing;
  private final TransactionTemplate reading;
  private final TransactionTemplate joining;

  Transactions(PlatformTransactionManager manager) {
    this.writing = new TransactionTemplate(manager);
    this.reading = new TransactionTemplate(manager);
    this.reading.setReadOnly(true);
    this.joining = new TransactionTemplate(manager);
    this.joining.setPropagationBehavior(TransactionDefinition.PROPAGATION_MANDATORY);
  }

  /** The work's result, read in a read-only transaction (or the one already running). */
  public <T> T read(Supplier<T> work) {
    return reading.execute(status -> work.get());
  }

  /** Reads that return nothing, such as a check that throws when something is missing. */
  public void read(Runnable work) {
    reading.executeWithoutResult(status -> work.run());
  }

  /** The work's result, its changes committed together or not at all. */
  public <T> T write(Supplier<T> work) {
    return writing.execute(status -> work.get());
  }

  /** Changes committed together or not at all. */
  public void write(Runnable work) {
    writing.executeWithoutResult(status -> work.run());
  }

  /**
   * The work's result, as part of the caller's transaction: for a step that must commit or roll
   * back with the change it belongs to (an email in the outbox, a lock on a council's administrators).
   *
   * @throws org.springframework.transaction.IllegalTransactionStateException outside a transaction
   */
  public <T> T within(Supplier<T> work) {
    return joining.execute(status -> work.get());
  }

  /** A step of the caller's transaction that returns nothing; refused outside a transaction. */
  public void within(Runnable work) {
    joining.executeWithoutResult(status -> work.run());
  }
}
