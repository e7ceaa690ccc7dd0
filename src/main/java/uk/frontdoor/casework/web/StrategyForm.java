package uk.frontdoor.casework.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import uk.frontdoor.casework.Episode;
import uk.frontdoor.casework.StrategyDiscussion;
import uk.frontdoor.casework.StrategyDiscussion.Action;
import uk.frontdoor.casework.StrategyDiscussion.Agency;
import uk.frontdoor.casework.StrategyDiscussion.Attendee;
import uk.frontdoor.casework.StrategyDiscussion.ChildDecision;
import uk.frontdoor.casework.StrategyDiscussions;
import uk.frontdoor.platform.FieldErrors;
import uk.frontdoor.platform.Labelled;

/**
 * What was typed on the form recording a strategy discussion, by field name, and the discussion it
 * makes. Attendees and actions are rows numbered from 1 ({@code attendee-1-name}, {@code
 * action-1-dueDay}), as many as the form shows ({@code attendeeRows}, {@code actionRows}); each
 * child discussed has its decision ({@code section47-<episode id>}) and reason ({@code reason-<episode id>}).
 */
record StrategyForm(Map<String, String> typed, int attendeeRows, int actionRows, Set<String> discussed) {

  static final int ATTENDEE_ROWS = 6;
  static final int ACTION_ROWS = 3;
  static final int MORE_ROWS = 3;

  /** The empty form. */
  static StrategyForm empty() {
    return new StrategyForm(Map.of(), ATTENDEE_ROWS, ACTION_ROWS, Set.of());
  }

  /** What was posted, with as many rows as the form showed (at most 50 of each). */
  static StrategyForm posted(Map<String, String> params, List<String> children) {
    return new StrategyForm(
        new HashMap<>(params), rows(params.get("attendeeRows"), ATTENDEE_ROWS), rows(params.get("actionRows"), ACTION_ROWS),
        children == null ? Set.of() : Set.copyOf(children.stream().limit(StrategyDiscussions.MAX_ROWS).toList()));
  }

  /** The form again with more rows of attendees ({@code attendee}) or actions ({@code action}), everything typed kept. */
  StrategyForm more(String what) {
    int more = StrategyDiscussions.MAX_ROWS;
    return new StrategyForm(
        typed, "attendee".equals(what) ? Math.min(more, attendeeRows + MORE_ROWS) : attendeeRows,
        "action".equals(what) ? Math.min(more, actionRows + MORE_ROWS) : actionRows, discussed);
  }

  /** What was typed in a field; null if nothing. */
  public String value(String field) {
    return typed.get(field);
  }

  /** Whether the child's decision was typed as discussed (the episode's own child always is). */
  boolean isDiscussed(Episode child, Episode own) {
    return child.id().equals(own.id()) || discussed.contains(child.id().toString());
  }

  private static int rows(String typed, int least) {
    try {
      return Math.max(least, Math.min(StrategyDiscussions.MAX_ROWS, Integer.parseInt(String.valueOf(typed).strip())));
    } catch (NumberFormatException notANumber) {
      return least;
    }
  }

  /**
   * The discussion typed, checked field by field: the errors are added beside their fields, and the
   * draft is there only if there are none.
   */
  Optional<StrategyDiscussions.Draft> draft(
      FieldErrors errors, Episode episode, List<Episode> children, List<StrategyDiscussion> earlier, Instant now, ZoneId zone) {
    Optional<Instant> held = held(errors, episode, now, zone);
    String summary = errors.required("summary", "What was discussed", value("summary"), 20000, "Say what was discussed");
    List<Attendee> attendees = attendees(errors);
    Map<Agency, String> whyNot = new EnumMap<>(Agency.class);
    for (Agency agency : Agency.REQUIRED) {
      String field = whyNotField(agency);
      String reason = errors.optional(field, "The reason", value(field), 2000);
      if (reason != null) {
        whyNot.put(agency, reason);
      } else if (attendees.stream().noneMatch(a -> a.agency() == agency)) {
        errors.add(field, "Add an attendee from " + inWords(agency) + ", or say why " + inWords(agency) + " could not take part");
      }
    }
    List<ChildDecision> decisions = new ArrayList<>();
    for (Episode child : children) {
      if (isDiscussed(child, episode)) {
        String id = child.id().toString();
        String decision = value("section47-" + id);
        if (!"yes".equals(decision) && !"no".equals(decision)) {
          errors.add("section47-" + id, "Select whether section 47 enquiries start for " + child.childName());
        }
        String reason = errors.required("reason-" + id, "The reason", value("reason-" + id), 5000,
            "Say why section 47 enquiries do or do not start for " + child.childName());
        decisions.add(new ChildDecision(child.id(), child.childName(), "yes".equals(decision), reason));
      }
    }
    List<Action> actions = actions(errors, held.map(at -> LocalDate.ofInstant(at, zone)).orElse(null));
    UUID follows = null;
    String typedFollows = FieldErrors.clean(value("follows"));
    if (typedFollows != null && !earlier.isEmpty()) {
      follows = earlier.stream().map(StrategyDiscussion::id).filter(id -> id.toString().equals(typedFollows)).findFirst().orElse(null);
      if (follows == null) {
        errors.add("follows", "Select an earlier discussion of " + episode.childName() + ", or none");
      }
    }
    return errors.isEmpty()
        ? Optional.of(new StrategyDiscussions.Draft(held.get(), follows, summary, whyNot, attendees, decisions, actions))
        : Optional.empty();
  }

  /** When it was held: a real day and time, not in the future, not before the referral. */
  private Optional<Instant> held(FieldErrors errors, Episode episode, Instant now, ZoneId zone) {
    LocalDate today = LocalDate.ofInstant(now, zone);
    Optional<LocalDate> day = DatedForm.date(errors, "held", "Date of the discussion", value("heldDay"), value("heldMonth"), value("heldYear"),
        episode.referralDate(), "The discussion must be on or after the referral date, " + DatedForm.day(episode.referralDate()),
        today, "The date of the discussion must be today or in the past: record a discussion once it has been held");
    Optional<LocalTime> time = Optional.empty();
    if (FieldErrors.clean(value("heldTime")) == null) {
      errors.add("heldTime", "Enter the time the discussion started, like 9:30am or 14:30");
    } else {
      time = errors.typedTime("heldTime", value("heldTime"));
    }
    if (day.isEmpty() || time.isEmpty()) {
      return Optional.empty();
    }
    Instant at = day.get().atTime(time.get()).atZone(zone).toInstant();
    if (at.isAfter(now)) {
      errors.add("heldTime", "The time of the discussion must be in the past: record a discussion once it has been held");
      return Optional.empty();
    }
    return Optional.of(at);
  }

  private List<Attendee> attendees(FieldErrors errors) {
    List<Attendee> attendees = new ArrayList<>();
    for (int n = 1; n <= attendeeRows; n++) {
      String row = "attendee-" + n + "-";
      String name = errors.optional(row + "name", "The name", value(row + "name"), 200);
      String agency = FieldErrors.clean(value(row + "agency"));
      String role = errors.optional(row + "role", "The role", value(row + "role"), 200);
      if (name == null && agency == null && role == null) {
        continue;
      }
      if (name == null) {
        errors.add(row + "name", "Enter the name of attendee " + n);
      }
      if (Labelled.named(Agency.class, agency).isEmpty()) {
        errors.add(row + "agency", "Select the agency of attendee " + n);
      } else if (name != null) {
        attendees.add(new Attendee(name, Agency.valueOf(agency), role));
      }
    }
    return attendees;
  }

  private List<Action> actions(FieldErrors errors, LocalDate heldOn) {
    List<Action> actions = new ArrayList<>();
    for (int n = 1; n <= actionRows; n++) {
      String row = "action-" + n + "-";
      String what = errors.optional(row + "what", "The action", value(row + "what"), 2000);
      String owner = errors.optional(row + "owner", "The owner", value(row + "owner"), 200);
      boolean noDate = FieldErrors.clean(value(row + "dueDay")) == null && FieldErrors.clean(value(row + "dueMonth")) == null
          && FieldErrors.clean(value(row + "dueYear")) == null;
      if (what == null && owner == null && noDate) {
        continue;
      }
      if (what == null) {
        errors.add(row + "what", "Say what action " + n + " is");
      }
      if (owner == null) {
        errors.add(row + "owner", "Say who owns action " + n);
      }
      Optional<LocalDate> due = DatedForm.date(errors, row + "due", "Due date of action " + n,
          value(row + "dueDay"), value(row + "dueMonth"), value(row + "dueYear"),
          heldOn, heldOn == null ? null : "The due date of action " + n + " must be on or after the discussion, " + DatedForm.day(heldOn),
          heldOn == null ? null : heldOn.plusYears(2), "The due date of action " + n + " must be within 2 years of the discussion");
      if (what != null && owner != null && due.isPresent()) {
        actions.add(new Action(what, owner, due.get()));
      }
    }
    return actions;
  }

  /** The field for why a required agency could not take part: {@code noPoliceReason}. */
  static String whyNotField(Agency agency) {
    return switch (agency) {
      case SOCIAL_CARE -> "noSocialCareReason";
      case POLICE -> "noPoliceReason";
      default -> "noHealthReason";
    };
  }

  /** The agency in a sentence: "the police". */
  static String inWords(Agency agency) {
    return switch (agency) {
      case SOCIAL_CARE -> "children’s social care";
      case POLICE -> "the police";
      case HEALTH -> "health";
      default -> agency.label().toLowerCase(java.util.Locale.UK);
    };
  }

  /** The rows' numbers, for the template. */
  public List<Integer> attendeeNumbers() {
    return java.util.stream.IntStream.rangeClosed(1, attendeeRows).boxed().toList();
  }

  public List<Integer> actionNumbers() {
    return java.util.stream.IntStream.rangeClosed(1, actionRows).boxed().toList();
  }

  /** The earlier discussions to choose from, by id, in words. */
  static Map<String, String> earlierOptions(List<StrategyDiscussion> earlier, java.util.function.Function<Instant, String> when) {
    Map<String, String> options = new LinkedHashMap<>();
    options.put("", "None");
    earlier.forEach(d -> options.put(d.id().toString(), "The discussion on " + when.apply(d.heldAt())));
    return options;
  }
}
