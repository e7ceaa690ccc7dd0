package uk.frontdoor.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import uk.frontdoor.IntegrationTest;

/** The council a transaction is bound to, set once a transaction and never carried past it. */
@IntegrationTest
class TenancyIT {

  private static final UUID ONE = UUID.randomUUID();
  private static final UUID OTHER = UUID.randomUUID();

  @Autowired Tenancy tenancy;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void aTransactionBoundToACouncilIsNotBoundToItAgain() {
    new TransactionTemplate(transactions).executeWithoutResult(status -> {
      tenancy.bind(ONE);
      // Cleared behind its back: binding the same council again in this transaction sends nothing.
      jdbc.sql("SELECT set_config('app.authority_id', '', true)").query(String.class).single();
      tenancy.bind(ONE);
      assertThat(bound()).isEmpty();
      tenancy.bind(OTHER);
      assertThat(bound()).isEqualTo(OTHER.toString());
    });
  }

  @Test
  void eachTransactionIsBoundAfresh() {
    TransactionTemplate transaction = new TransactionTemplate(transactions);
    transaction.executeWithoutResult(status -> tenancy.bind(ONE));
    transaction.executeWithoutResult(status -> {
      assertThat(bound()).isEmpty();
      tenancy.bind(ONE);
      assertThat(bound()).isEqualTo(ONE.toString());
    });
    TransactionTemplate readOnly = new TransactionTemplate(transactions);
    readOnly.setReadOnly(true);
    readOnly.executeWithoutResult(status -> {
      tenancy.bind(ONE);
      assertThat(bound()).isEqualTo(ONE.toString());
    });
  }

  @Test
  void aTransactionRolledBackLeavesNothingBound() {
    TransactionTemplate transaction = new TransactionTemplate(transactions);
    assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
      tenancy.bind(ONE);
      throw new IllegalStateException("rolled back");
    })).isInstanceOf(IllegalStateException.class);
    transaction.executeWithoutResult(status -> {
      tenancy.bind(ONE);
      assertThat(bound()).isEqualTo(ONE.toString());
    });
  }

  @Test
  void anInnerTransactionOfItsOwnIsBoundOnItsOwnAndTheOuterKeepsItsCouncil() {
    TransactionTemplate inner = new TransactionTemplate(transactions);
    inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    new TransactionTemplate(transactions).executeWithoutResult(status -> {
      tenancy.bind(ONE);
      inner.executeWithoutResult(s -> {
        assertThat(bound()).isEmpty();
        tenancy.bind(ONE);
        assertThat(bound()).isEqualTo(ONE.toString());
        tenancy.bind(OTHER);
        assertThat(bound()).isEqualTo(OTHER.toString());
      });
      assertThat(bound()).isEqualTo(ONE.toString());
      tenancy.bind(OTHER);
      assertThat(bound()).isEqualTo(OTHER.toString());
    });
  }

  @Test
  void outsideATransactionThereIsNothingToBind() {
    assertThatThrownBy(() -> tenancy.bind(ONE)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> tenancy.sql(ONE, "SELECT 1")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aCouncilsStatementIsBoundToItAndTakesItsIdFirst() {
    new TransactionTemplate(transactions).executeWithoutResult(status -> {
      tenancy.bind(OTHER);
      String read =
          tenancy.sql(ONE, "SELECT ?::text || ' ' || ? || ' ' || current_setting('app.authority_id', true)")
              .param("and")
              .query(String.class)
              .single();
      assertThat(read).isEqualTo(ONE + " and " + ONE);
    });
  }

  private String bound() {
    return jdbc.sql("SELECT coalesce(current_setting('app.authority_id', true), '')").query(String.class).single();
  }
}
