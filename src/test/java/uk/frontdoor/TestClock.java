package uk.frontdoor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;
import uk.frontdoor.authority.WorkingCalendar;

/**
 * The integration tests' clock: it stands still at the moment the tests start from (Friday 27
 * November 2026, 16:15 UK time) until a test moves it, by hours or by the council's working days,
 * to watch deadlines pass and timers act. Every component holds this one clock, so a move is seen
 * everywhere at once; after each test it goes back to where it started ({@link Reset}).
 */
public final class TestClock extends Clock {

  private final Instant start;
  private final AtomicReference<Instant> now;

  TestClock(Instant start) {
    this.start = start;
    this.now = new AtomicReference<>(start);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.fixed(instant(), zone);
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  /** Moves the clock on; it never goes back but through {@link #reset}. */
  public Instant advance(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("Time does not go back: " + duration);
    }
    return now.updateAndGet(t -> t.plus(duration));
  }

  /** Moves the clock to a later moment. */
  public Instant moveTo(Instant later) {
    return advance(Duration.between(instant(), later));
  }

  /** Moves the clock to the same time of day (UK time) on the nth working day after today. */
  public Instant advanceWorkingDays(WorkingCalendar calendar, int n) {
    Instant now = instant();
    LocalTime time = now.atZone(calendar.zone()).toLocalTime();
    LocalDate day = calendar.londonDate(calendar.addWorkingDays(now, n)).minusDays(1);
    return moveTo(day.atTime(time).atZone(calendar.zone()).toInstant());
  }

  /** Back to the moment the tests start from. */
  public void reset() {
    now.set(start);
  }

  /** Puts the clock back after every test method, so one test's move never reaches the next. */
  public static final class Reset implements TestExecutionListener {

    @Override
    public void afterTestMethod(TestContext context) {
      if (context.hasApplicationContext()) {
        context.getApplicationContext().getBeanProvider(TestClock.class).ifAvailable(TestClock::reset);
      }
    }
  }
}
