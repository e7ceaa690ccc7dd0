package uk.frontdoor.casework;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import uk.frontdoor.authority.UkTime;
import uk.frontdoor.platform.Labelled;
import uk.frontdoor.platform.workflow.State;

/**
 * An emergency protection order or police protection on a child's episode, as recorded.
 *
 * @param status an {@link EmergencyProtectionOrderStatus} or a {@link PoliceProtectionStatus}, by kind
 * @param startedAt when the court made the order, or the police took the child
 * @param court the order's court; null for police protection
 * @param endsOn the order's end date as made (it runs to the end of that day); null for police protection
 * @param extendedOn the day the court extended the order, and {@code extendedTo} its new end date; null unless extended
 * @param policeForce the force and {@code policeReference} the officer's or incident reference; null for an order
 * @param endedAt when it ended early (an order discharged) or police protection ended; null until then
 */
public record EmergencyProtection(
    UUID id, UUID episodeId, Kind kind, State status, Instant startedAt, String court, LocalDate endsOn, LocalDate extendedOn,
    LocalDate extendedTo, String policeForce, String policeReference, Instant endedAt, String endReason, String recordedBy) {

  /** Police protection lasts no more than 72 hours (Children Act 1989, s.46(6)). */
  public static final Duration POLICE_LIMIT = Duration.ofHours(72);

  /** An emergency protection order lasts no more than 8 days (s.45(1)), and one extension adds no more than 7 (s.45(6)). */
  public static final int ORDER_DAYS = 8;

  public static final int EXTENSION_DAYS = 7;

  /** The two kinds of emergency protection. */
  public enum Kind implements Labelled {
    EMERGENCY_PROTECTION_ORDER,
    POLICE_PROTECTION
  }

  public boolean order() {
    return kind == Kind.EMERGENCY_PROTECTION_ORDER;
  }

  /** The latest it may last to: the end of an order's (extended) end date, or 72 hours after police took the child. */
  public Instant limit() {
    return order()
        ? (extendedTo != null ? extendedTo : endsOn).plusDays(1).atStartOfDay(UkTime.ZONE).toInstant()
        : startedAt.plus(POLICE_LIMIT);
  }

  /** When it ended or ends: when it was ended, else its limit. */
  public Instant over() {
    return endedAt != null ? endedAt : limit();
  }

  /** Whether it is in force at the instant: begun, not ended, within its limit. */
  public boolean inForce(Instant now) {
    return endedAt == null && !now.isBefore(startedAt) && now.isBefore(limit());
  }

  /** Whether police protection has passed its 72 hours without its end recorded: staff must record when it ended. */
  public boolean endOverdue(Instant now) {
    return !order() && endedAt == null && !now.isBefore(limit());
  }

  /** Its first day and its last day (UK). */
  public LocalDate firstDay() {
    return LocalDate.ofInstant(startedAt, UkTime.ZONE);
  }

  public LocalDate lastDay() {
    if (endedAt == null && order()) {
      return extendedTo != null ? extendedTo : endsOn;
    }
    return LocalDate.ofInstant(over(), UkTime.ZONE);
  }

  /** Whether it was in force on any day from {@code from} to {@code to}, both included. */
  public boolean overlaps(LocalDate from, LocalDate to) {
    return !firstDay().isAfter(to) && !lastDay().isBefore(from);
  }

  /** The time left while it is in force, in words: "41 hours 15 minutes", "3 days"; null when it is not in force. */
  public String timeLeft(Instant now) {
    if (!inForce(now)) {
      return null;
    }
    Duration left = Duration.between(now, limit());
    if (order()) {
      long days = (left.toSeconds() + 86_399) / 86_400;
      return days == 1 ? "1 day" : days + " days";
    }
    long hours = left.toHours();
    long minutes = left.toMinutesPart();
    return (hours == 1 ? "1 hour" : hours + " hours") + (minutes == 0 ? "" : " " + minutes + (minutes == 1 ? " minute" : " minutes"));
  }
}
