package uk.frontdoor.authority;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A council's details as its administrator changes them in the product (ADR 0018): each change is
 * a new version of the council's document, in effect from a moment (now, or scheduled ahead, such
 * as Christmas hours) until a later version changes the same part, with who made it and why. A
 * scheduled version can be withdrawn before it starts. Its special days are set here too. Every
 * node serves a change at once ({@link Authorities} reads what is in effect at the clock's now).
 */
public interface CouncilDetails {

  /** Who makes a change. */
  record Editor(UUID id, String name) {
    public Editor {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
    }
  }

  /** The longest "what" the history keeps. */
  int MAX_WHAT = 200;

  /** What a change is, with a name cut short to fit the history's {@link #MAX_WHAT}. */
  private static String titled(String prefix, String name) {
    String what = prefix + name;
    return what.length() <= MAX_WHAT ? what : what.substring(0, MAX_WHAT - 1) + "…";
  }

  /** A change to some parts of a council's details. */
  sealed interface Change {
    /** What is changed, for the history and the audit: "Office hours", "Team: CAAS". */
    String what();
  }

  /** The office's hours and the words for when the out-of-hours service answers. */
  record OfficeHoursChange(OfficeHours hours, String outOfHoursDescription) implements Change {
    @Override
    public String what() {
      return "Office hours";
    }
  }

  /** One team's name, description, numbers, hours, availability and audiences, found by its code. */
  record TeamChange(Team team) implements Change {
    @Override
    public String what() {
      return titled("Team: ", team.name());
    }
  }

  /** A new team, after the council's others; no team of the council has its code yet. */
  record NewTeam(Team team) implements Change {
    @Override
    public String what() {
      return titled("Team added: ", team.name());
    }
  }

  /** A team taken away, found by its code; {@code name} is for the history. */
  record TeamRemoval(String code, String name) implements Change {
    @Override
    public String what() {
      return titled("Team removed: ", name);
    }
  }

  /**
   * One level of the threshold guide; indicators the same as Front Door's standard set for the
   * level are kept as "the standard set", so the council follows it.
   */
  record ThresholdLevelChange(ThresholdLevel level) implements Change {
    @Override
    public String what() {
      return "Threshold guide: level " + level.level();
    }
  }

  /** The guidance pages' local wording: the threshold document's name and introduction, advice to professionals. */
  record GuidanceChange(String documentName, String introduction, ProfessionalAdvice advice) implements Change {
    @Override
    public String what() {
      return "Guidance wording";
    }
  }

  /** Where a version stands at an instant. */
  enum Standing {
    SCHEDULED("Scheduled"),
    CURRENT("In effect"),
    PAST("Replaced"),
    WITHDRAWN("Withdrawn");

    private final String label;

    Standing(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** A version of a council's details, where it stands now, and the parts of the document it replaces. */
  record Version(
      long id,
      String what,
      Instant effectiveFrom,
      String reason,
      String byName,
      Instant at,
      Instant withdrawnAt,
      String withdrawnByName,
      Standing standing,
      java.util.Set<String> parts) {

    /** The part of the council's document that every team change replaces whole. */
    public static final String TEAMS = "teams";

    public boolean withdrawable() {
      return standing == Standing.SCHEDULED;
    }

    /** Whether this version replaces that part of the document ({@link #TEAMS}, "officeHours"...). */
    public boolean changes(String part) {
      return parts.contains(part);
    }
  }

  /**
   * Saves a change as a new version, built on the council's details in effect now.
   *
   * @return the version's id
   * @throws IllegalArgumentException if the council's details would not then be readable
   */
  long change(UUID authorityId, Change change, Instant effectiveFrom, String reason, Editor by);

  /** The council's versions, latest to take effect first, each standing as at {@code now}. */
  List<Version> history(UUID authorityId, Instant now);

  /** Withdraws a version not yet in effect; false if there is no such version or it has started. */
  boolean withdraw(UUID authorityId, long versionId, Editor by, Instant now);

  /** Adds a closure or shorter day; false if the council already has a special day on that date. */
  boolean addSpecialDay(UUID authorityId, SpecialDays.Day day, Editor by);

  /** Removes the council's special day on a date; false if it has none. */
  boolean removeSpecialDay(UUID authorityId, LocalDate date);
}
