package uk.frontdoor.platform;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Binds the current database transaction to one council, so PostgreSQL's row-level security
 * policies let it see and write that council's case records and no other's. The setting ends with
 * the transaction; a connection returned to the pool carries nothing over. A transaction already
 * bound to the council is not bound again: a page that reads through several services in one
 * transaction sends the setting once, not once a service.
 */
@Component
public class Tenancy {

  private final JdbcClient jdbc;

  Tenancy(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * @throws IllegalStateException outside a transaction, where the setting would not last
   */
  public void bind(UUID authorityId) {
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      throw new IllegalStateException("Bind a council inside a transaction");
    }
    if (authorityId.equals(TransactionSynchronizationManager.getResource(this))) {
      return;
    }
    jdbc.sql("SELECT set_config('app.authority_id', ?, true)")
        .param(authorityId.toString())
        .query(String.class)
        .single();
    remember(authorityId);
  }

  /**
   * A statement on the council's rows, the transaction bound to the council first: the council's id
   * is the statement's first parameter (its {@code authority_id = ?}); the others follow it.
   *
   * @throws IllegalStateException outside a transaction, as {@link #bind} does
   */
  public JdbcClient.StatementSpec sql(UUID authorityId, String sql) {
    bind(authorityId);
    return jdbc.sql(sql).param(authorityId);
  }

  /**
   * Keeps the council bound for the rest of this transaction only: forgotten when it ends, put
   * aside while an inner transaction of its own (REQUIRES_NEW) runs on another connection.
   */
  private void remember(UUID authorityId) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return;
    }
    if (TransactionSynchronizationManager.hasResource(this)) {
      TransactionSynchronizationManager.unbindResource(this);
    } else {
      TransactionSynchronizationManager.registerSynchronization(new Forget());
    }
    TransactionSynchronizationManager.bindResource(this, authorityId);
  }

  private final class Forget implements TransactionSynchronization {

    private Object suspended;

    @Override
    public void suspend() {
      suspended = TransactionSynchronizationManager.unbindResourceIfPossible(Tenancy.this);
    }

    @Override
    public void resume() {
      if (suspended != null) {
        TransactionSynchronizationManager.bindResource(Tenancy.this, suspended);
        suspended = null;
      }
    }

    @Override
    public void afterCompletion(int status) {
      TransactionSynchronizationManager.unbindResourceIfPossible(Tenancy.this);
    }
  }

  /**
   * For work on several councils' rows in one transaction (a group commit, ADR 0010): binds each
   * council in turn, in the order of their ids, and hands over that council's items in the given
   * order. Two transactions doing this take their row locks in the same order, so they cannot
   * deadlock each other.
   */
  public <T> void eachCouncil(
      List<T> items, Function<T, UUID> councilOf, Comparator<? super T> order, Consumer<List<T>> work) {
    Map<UUID, List<T>> byCouncil = new TreeMap<>();
    items.forEach(item -> byCouncil.computeIfAbsent(councilOf.apply(item), c -> new ArrayList<>()).add(item));
    byCouncil.forEach(
        (authorityId, theirs) -> {
          bind(authorityId);
          theirs.sort(order);
          work.accept(theirs);
        });
  }
}
