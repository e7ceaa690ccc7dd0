package uk.frontdoor.platform;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Binds the current database transaction to one council, so PostgreSQL's row-level security
 * policies let it see and write that council's case records and no other's. The setting ends with
 * the transaction; a connection returned to the pool carries nothing over.
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
    jdbc.sql("SELECT set_config('app.authority_id', ?, true)")
        .param(authorityId.toString())
        .query(String.class)
        .single();
  }
}
