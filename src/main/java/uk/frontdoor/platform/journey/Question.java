package uk.frontdoor.platform.journey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.util.MultiValueMap;
import uk.frontdoor.platform.FieldErrors;

/**
 * One question a {@link Journey} asks: how it is asked, how its answer is checked, and how the
 * answer is read back on the check page and by staff.
 *
 * @param id the field name and the page's address
 * @param options for radios and checkboxes, value to label in order
 * @param required the message when a required answer is missing; null if optional
 * @param label the answer's name in an error message, as the page labels it ("First name must be
 *     100 characters or fewer"); the heading when not given
 * @param unknown for a text answer, the label of a choice to say it is not known ("I do not know
 *     their name"), which answers a required question; null if there is none
 */
public record Question(
    String id,
    Kind kind,
    String heading,
    String hint,
    Map<String, String> options,
    int maxLength,
    String required,
    String label,
    String unknown) {

  /** How the question is asked. */
  public enum Kind {
    TEXT,
    TEXTAREA,
    RADIOS,
    CHECKBOXES,
    /** Whether to give contact details, and if so name, email and phone. */
    IDENTITY,
    /** A date typed as day, month and year: keys {@code <id>Day}, {@code <id>Month}, {@code <id>Year}. */
    DATE
  }

  public static Question text(String id, String heading, String hint, int maxLength, String required) {
    return new Question(id, Kind.TEXT, heading, hint, Map.of(), maxLength, required, heading, null);
  }

  public static Question textarea(String id, String heading, String hint, String required) {
    return new Question(id, Kind.TEXTAREA, heading, hint, Map.of(), 10_000, required, heading, null);
  }

  public static Question radios(String id, String heading, String hint, String required, String... valueLabelPairs) {
    return new Question(id, Kind.RADIOS, heading, hint, pairs(valueLabelPairs), 0, required, heading, null);
  }

  public static Question checkboxes(String id, String heading, String hint, String required, String... valueLabelPairs) {
    return new Question(id, Kind.CHECKBOXES, heading, hint, pairs(valueLabelPairs), 0, required, heading, null);
  }

  /** Radios of {@link #YES_NO}: yes, then no. */
  public static Question yesNo(String id, String heading, String hint, String required) {
    return radios(id, heading, hint, required, YES_NO);
  }

  /** Radios whose choices are given as value to label, in order. */
  public static Question radios(String id, String heading, String hint, String required, Map<String, String> options) {
    return new Question(id, Kind.RADIOS, heading, hint, options, 0, required, heading, null);
  }

  /** Checkboxes whose choices are given as value to label, in order. */
  public static Question checkboxes(String id, String heading, String hint, String required, Map<String, String> options) {
    return new Question(id, Kind.CHECKBOXES, heading, hint, options, 0, required, heading, null);
  }

  /** A date as day, month and year; what makes it valid is the page's to say. */
  public static Question date(String id, String heading) {
    return new Question(id, Kind.DATE, heading, null, Map.of(), 4, null, heading, null);
  }

  /** @param required null if the person may stay anonymous */
  public static Question identity(String id, String heading, String hint, String required) {
    return new Question(id, Kind.IDENTITY, heading, hint, Map.of(), 200, required, heading, null);
  }

  /** The same question, its answer named this way in error messages. */
  public Question named(String name) {
    return new Question(id, kind, heading, hint, options, maxLength, required, name, unknown);
  }

  /** The same question, with a choice to say the answer is not known. */
  public Question orUnknown(String unknownLabel) {
    return new Question(id, kind, heading, hint, options, maxLength, required, label, unknownLabel);
  }

  /** The same question, its text answer at most this long. */
  public Question atMost(int characters) {
    return new Question(id, kind, heading, hint, options, characters, required, label, unknown);
  }

  /** The draft's key for the "not known" choice. */
  public String unknownKey() {
    return id + ".unknown";
  }

  /** The keys the question's answer is kept under, as the form posts them. */
  public List<String> keys() {
    return switch (kind) {
      case IDENTITY -> IDENTITY_PARTS.stream().map(part -> id + "." + part).toList();
      case DATE -> List.of(id + "Day", id + "Month", id + "Year");
      default -> unknown == null ? List.of(id) : List.of(id, unknownKey());
    };
  }

  /** Keeps the answer as posted, valid or not, so the page can show it back. */
  public void record(MultiValueMap<String, String> form, Answers answers) {
    for (String key : keys()) {
      answers.put(key, form.getOrDefault(key, List.of()));
    }
    if (kind == Kind.IDENTITY && answers.is(id + ".identity", "anonymous")) {
      // An anonymous message keeps no identity, not even what was typed before choosing (without
      // JavaScript the fields show under the choices, and may have been filled in).
      IDENTITY_PARTS.stream().skip(1).forEach(part -> answers.put(id + "." + part, List.of()));
    }
    if (unknown != null && answers.is(unknownKey(), "yes")) {
      answers.put(id, List.of());
    }
    if (kind == Kind.CHECKBOXES) {
      answers.put(id, answers.values(id).stream().filter(options::containsKey).distinct().toList());
    }
  }

  /** Checks the answer kept, recording what is wrong against the field to fix. */
  public void check(Answers answers, FieldErrors errors) {
    switch (kind) {
      case TEXT, TEXTAREA -> {
        boolean notKnown = unknown != null && answers.is(unknownKey(), "yes");
        if (required != null && !notKnown) {
          errors.required(id, label, answers.value(id), maxLength, required);
        } else {
          errors.optional(id, label, answers.value(id), maxLength);
        }
      }
      case RADIOS -> {
        if (required != null && !options.containsKey(String.valueOf(answers.value(id)))) {
          errors.add(id, required);
        } else if (answers.value(id) != null && !options.containsKey(answers.value(id))) {
          errors.add(id, "Select " + label.toLowerCase(java.util.Locale.ROOT) + " from the list");
        }
      }
      case CHECKBOXES -> {
        List<String> chosen = answers.values(id);
        if (chosen.isEmpty() && required != null) {
          errors.add(id, required);
        } else if (chosen.size() > 1 && chosen.stream().anyMatch(Question::exclusive)) {
          // With JavaScript the "or" choice clears the others; without it, both may be ticked.
          errors.add(id, required + ", not both");
        }
      }
      case IDENTITY -> checkIdentity(answers, errors);
      case DATE -> {
        for (String key : keys()) {
          errors.optional(key, label, answers.value(key), maxLength);
        }
      }
    }
  }

  private void checkIdentity(Answers answers, FieldErrors errors) {
    String identity = answers.value(id + ".identity");
    boolean anonymousAllowed = required == null;
    if (anonymousAllowed && !"details".equals(identity) && !"anonymous".equals(identity)) {
      errors.add(id + ".identity", "Select whether you want to give your details or stay anonymous");
      return;
    }
    if (anonymousAllowed && "anonymous".equals(identity)) {
      return;
    }
    errors.required(id + ".name", "Your name", answers.value(id + ".name"), 200, "Enter your name");
    String email = errors.email(id + ".email", answers.value(id + ".email"), false, null);
    String phone = errors.phone(id + ".phone", answers.value(id + ".phone"), false, null);
    if (!anonymousAllowed && email == null && phone == null) {
      errors.add(id + ".phone", required);
    }
  }

  /** The answer as the person would read it back: a choice's words, not its code. */
  public String shown(Answers answers) {
    return switch (kind) {
      case RADIOS -> options.getOrDefault(String.valueOf(answers.value(id)), "");
      case CHECKBOXES -> String.join("; ", answers.values(id).stream().map(options::get).toList());
      case IDENTITY -> answers.is(id + ".identity", "anonymous")
          ? "Anonymous"
          : String.join(", ", IDENTITY_PARTS.stream().skip(1)
              .map(part -> FieldErrors.clean(answers.value(id + "." + part))).filter(v -> v != null).toList());
      case DATE -> TypedDate.shown(answers.value(id + "Day"), answers.value(id + "Month"), answers.value(id + "Year"));
      default -> Optional.ofNullable(FieldErrors.clean(answers.value(id)))
          .orElse(unknown != null && answers.is(unknownKey(), "yes") ? unknown : "Not given");
    };
  }

  /** A choice that cannot be ticked with others ("I’m not sure", "None of these"); {@code referral/fields :: checkboxes} shows the same ones apart. */
  public static boolean exclusive(String option) {
    return "not-sure".equals(option) || "NOT_SURE".equals(option) || "NONE".equals(option);
  }

  private static final List<String> IDENTITY_PARTS = List.of("identity", "name", "email", "phone");

  /** Yes, then No. */
  public static final Map<String, String> YES_NO = choices("yes", "Yes", "no", "No");

  /** Choices for radios or checkboxes, value then label, in the order given. */
  public static Map<String, String> choices(String... valueLabelPairs) {
    return java.util.Collections.unmodifiableMap(pairs(valueLabelPairs));
  }

  private static Map<String, String> pairs(String... valueLabelPairs) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < valueLabelPairs.length; i += 2) {
      options.put(valueLabelPairs[i], valueLabelPairs[i + 1]);
    }
    return options;
  }

  // For the templates.
  public String getId() {
    return id;
  }

  public String getKind() {
    return kind.name();
  }

  public String getHeading() {
    return heading;
  }

  public String getHint() {
    return hint;
  }

  public Map<String, String> getOptions() {
    return options;
  }

  public String getUnknown() {
    return unknown;
  }

  public String getUnknownKey() {
    return unknownKey();
  }

  public int getMaxLength() {
    return maxLength;
  }

  public boolean isAnonymousAllowed() {
    return required == null;
  }
}
