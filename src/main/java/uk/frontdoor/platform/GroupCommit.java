package uk.frontdoor.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Commits the work of callers who arrive together in one transaction ("group commit"). Each caller
 * hands over an item and waits until a transaction holding it has committed. A caller who finds
 * fewer groups committing than allowed takes every item waiting (up to a limit), runs the work for
 * all of them in one new transaction and wakes the others; those who arrived meanwhile form the
 * next group. A lone caller commits at once, so nobody waits for company; under load, N callers
 * share one commit, one connection and a handful of round trips instead of N of each. Allowing two
 * groups at once lets one group's work use the processor while another waits for its commit to
 * reach the disk.
 *
 * <p>Nothing is acknowledged before its commit: {@link #submit} returns only after the transaction
 * holding the item has committed, and throws if it did not. If a group's transaction fails, each of
 * its items is tried again in a transaction of its own, so one bad item fails only its own caller.
 *
 * <p>The work runs on whichever caller's thread leads the group: it must take everything it needs
 * from the item, never from the thread (security context, request, locale).
 *
 * @param <T> what a caller hands over
 * @param <R> what each caller gets back
 */
public final class GroupCommit<T, R> {

  private final TransactionTemplate transactions;
  private final Function<List<T>, List<R>> work;
  private final int maxGroup;
  private final int maxCommitting;

  private final ReentrantLock lock = new ReentrantLock();
  private final List<Waiting<T, R>> waiting = new ArrayList<>();
  private int committing;

  /**
   * @param work runs inside the group's transaction and returns one result per item, in order; with
   *     more than one group at a time, it must take its locks in a consistent order (say, sorted by
   *     key) so that two groups cannot deadlock
   * @param maxGroup the most items committed together
   * @param maxCommitting the most groups committing at the same time
   */
  public GroupCommit(
      PlatformTransactionManager transactionManager,
      Function<List<T>, List<R>> work,
      int maxGroup,
      int maxCommitting) {
    if (maxGroup < 1 || maxCommitting < 1) {
      throw new IllegalArgumentException("A group holds at least one item, and one group at least may commit");
    }
    this.maxCommitting = maxCommitting;
    this.transactions = new TransactionTemplate(transactionManager);
    this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.work = work;
    this.maxGroup = maxGroup;
  }

  /** Commits the item's work, alone or with others', and returns its result once committed. */
  public R submit(T item) {
    lock.lock();
    try {
      Waiting<T, R> mine = new Waiting<>(item, lock.newCondition());
      waiting.add(mine);
      while (!mine.done) {
        if (!mine.taken && committing < maxCommitting) {
          lead();
        } else {
          // Woken only when this item's group has finished, or to lead the next group.
          mine.wakeUp.awaitUninterruptibly();
        }
      }
      return mine.outcome();
    } finally {
      lock.unlock();
    }
  }

  /** Takes the items waiting and commits them; called and returns holding the lock. */
  private void lead() {
    committing++;
    List<Waiting<T, R>> group = new ArrayList<>(waiting.subList(0, Math.min(maxGroup, waiting.size())));
    waiting.subList(0, group.size()).clear();
    group.forEach(w -> w.taken = true);
    wakeTheNextLeader();
    lock.unlock();
    try {
      commit(group);
    } finally {
      lock.lock();
      committing--;
      group.forEach(w -> w.wakeUp.signal());
      wakeTheNextLeader();
    }
  }

  private void wakeTheNextLeader() {
    if (committing < maxCommitting && !waiting.isEmpty()) {
      waiting.get(0).wakeUp.signal();
    }
  }

  private void commit(List<Waiting<T, R>> group) {
    try {
      List<R> results = runInTransaction(group.stream().map(w -> w.item).toList());
      for (int i = 0; i < group.size(); i++) {
        group.get(i).succeed(results.get(i));
      }
    } catch (RuntimeException | Error groupFailed) {
      if (group.size() == 1) {
        group.get(0).fail(groupFailed);
        return;
      }
      for (Waiting<T, R> one : group) {
        try {
          one.succeed(runInTransaction(List.of(one.item)).get(0));
        } catch (RuntimeException | Error failed) {
          one.fail(failed);
        }
      }
    }
  }

  private List<R> runInTransaction(List<T> items) {
    List<R> results = transactions.execute(status -> work.apply(items));
    if (results == null || results.size() != items.size()) {
      throw new IllegalStateException("Group commit work must return one result per item");
    }
    return results;
  }

  /** A caller's item and, once its group has committed or failed, what the caller gets. */
  private static final class Waiting<T, R> {
    private final T item;
    private final Condition wakeUp;
    /** In a group being committed (under the lock). */
    private boolean taken;
    // Written by the group's leader, read by the caller: volatile, written after the outcome.
    private volatile boolean done;
    private R result;
    private Throwable failure;

    Waiting(T item, Condition wakeUp) {
      this.item = item;
      this.wakeUp = wakeUp;
    }

    void succeed(R result) {
      this.result = result;
      this.done = true;
    }

    void fail(Throwable failure) {
      this.failure = failure;
      this.done = true;
    }

    R outcome() {
      if (failure instanceof RuntimeException e) {
        throw e;
      }
      if (failure instanceof Error e) {
        throw e;
      }
      return result;
    }
  }
}
