package uk.frontdoor.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

class GroupCommitTest {

  /** Counts commits and rollbacks; what each transaction held is recorded by the work. */
  static final class CountingTransactions extends AbstractPlatformTransactionManager {
    final AtomicInteger commits = new AtomicInteger();
    final AtomicInteger rollbacks = new AtomicInteger();

    @Override
    protected Object doGetTransaction() {
      return new Object();
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {}

    @Override
    protected void doCommit(DefaultTransactionStatus status) {
      commits.incrementAndGet();
    }

    @Override
    protected void doRollback(DefaultTransactionStatus status) {
      rollbacks.incrementAndGet();
    }
  }

  private final CountingTransactions transactions = new CountingTransactions();
  private final List<List<String>> groups = Collections.synchronizedList(new ArrayList<>());
  private final ExecutorService callers = Executors.newFixedThreadPool(16);

  @AfterEach
  void stop() {
    callers.shutdownNow();
  }

  private GroupCommit<String, String> groupCommit(long millisEach, int maxGroup) {
    return new GroupCommit<>(
        transactions,
        items -> {
          groups.add(List.copyOf(items));
          if (items.stream().anyMatch(i -> i.startsWith("bad"))) {
            throw new IllegalArgumentException("cannot store " + items);
          }
          sleep(millisEach);
          return items.stream().map(String::toUpperCase).toList();
        },
        maxGroup,
        1);
  }

  @Test
  void aLoneCallerCommitsAtOnceAndGetsItsResult() {
    GroupCommit<String, String> together = groupCommit(0, 10);
    assertThat(together.submit("ava")).isEqualTo("AVA");
    assertThat(transactions.commits).hasValue(1);
    assertThat(groups).containsExactly(List.of("ava"));
  }

  @Test
  void callersArrivingTogetherShareTransactionsAndEachGetsItsOwnResult() throws Exception {
    GroupCommit<String, String> together = groupCommit(30, 100);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<String>> answers = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      String item = "child-" + i;
      answers.add(callers.submit(() -> {
        start.await();
        return together.submit(item);
      }));
    }
    start.countDown();
    for (int i = 0; i < 16; i++) {
      assertThat(answers.get(i).get(10, TimeUnit.SECONDS)).isEqualTo("CHILD-" + i);
    }
    // The first caller commits alone while the other fifteen gather behind it.
    assertThat(transactions.commits.get()).isBetween(2, 8);
    assertThat(groups.stream().mapToInt(List::size).sum()).isEqualTo(16);
    assertThat(groups.stream().mapToInt(List::size).max().orElseThrow()).isGreaterThan(1);
  }

  @Test
  void noGroupIsLargerThanTheLimit() throws Exception {
    GroupCommit<String, String> together = groupCommit(30, 3);
    List<Future<String>> answers = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String item = "child-" + i;
      answers.add(callers.submit(() -> together.submit(item)));
    }
    for (Future<String> answer : answers) {
      answer.get(10, TimeUnit.SECONDS);
    }
    assertThat(groups).allSatisfy(group -> assertThat(group).hasSizeLessThanOrEqualTo(3));
    assertThat(groups.stream().mapToInt(List::size).sum()).isEqualTo(12);
  }

  @Test
  void noMoreGroupsCommitAtOnceThanAllowed() throws Exception {
    AtomicInteger now = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    GroupCommit<String, String> twoAtOnce =
        new GroupCommit<>(
            transactions,
            items -> {
              most.accumulateAndGet(now.incrementAndGet(), Math::max);
              sleep(20);
              now.decrementAndGet();
              return items;
            },
            2,
            2);
    List<Future<String>> answers = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      String item = "child-" + i;
      answers.add(callers.submit(() -> twoAtOnce.submit(item)));
    }
    for (int i = 0; i < 16; i++) {
      assertThat(answers.get(i).get(10, TimeUnit.SECONDS)).isEqualTo("child-" + i);
    }
    assertThat(most).hasValue(2);
  }

  @Test
  void oneBadItemFailsOnlyItsOwnCaller() throws Exception {
    GroupCommit<String, String> together = groupCommit(30, 100);
    // Hold the first group's commit so that the next three arrive together behind it.
    Future<String> first = callers.submit(() -> together.submit("first"));
    sleep(10);
    Future<String> good = callers.submit(() -> together.submit("good"));
    Future<String> bad = callers.submit(() -> together.submit("bad"));
    Future<String> alsoGood = callers.submit(() -> together.submit("also-good"));

    assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("FIRST");
    assertThat(good.get(10, TimeUnit.SECONDS)).isEqualTo("GOOD");
    assertThat(alsoGood.get(10, TimeUnit.SECONDS)).isEqualTo("ALSO-GOOD");
    assertThatThrownBy(() -> bad.get(10, TimeUnit.SECONDS))
        .hasCauseInstanceOf(IllegalArgumentException.class)
        .cause()
        .hasMessage("cannot store [bad]");
    // The failed group was rolled back, then its items tried one by one: only "bad" failed again.
    assertThat(groups).contains(List.of("good"), List.of("bad"), List.of("also-good"));
    assertThat(transactions.rollbacks.get()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void aFailureReachesTheCallerAndNothingIsCommitted() {
    GroupCommit<String, String> together = groupCommit(0, 10);
    assertThatThrownBy(() -> together.submit("bad-alone")).isInstanceOf(IllegalArgumentException.class);
    assertThat(transactions.commits).hasValue(0);
    assertThat(transactions.rollbacks).hasValue(1);
  }

  @Test
  void workMustAnswerForEveryItem() {
    GroupCommit<String, String> broken = new GroupCommit<>(transactions, items -> List.of(), 10, 1);
    assertThatThrownBy(() -> broken.submit("ava")).isInstanceOf(IllegalStateException.class);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
