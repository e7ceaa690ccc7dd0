package uk.frontdoor.referral.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One question on its own page.
 *
 * @param id the field name and the page's address
 * @param options for radios and checkboxes, value to label in order
 * @param required the message when a required answer is missing; null if optional
 * @param label the answer's name in an error message, as the page labels it ("First name must be
 *     100 characters or fewer"); the heading when not given
 * @param unknown for a text answer, the label of a choice to say it is not known ("I do not know
 *     their name"), which answers a required question; null if there is none
 */
record Question(
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
  enum Kind {
    TEXT,
    TEXTAREA,
    RADIOS,
    CHECKBOXES,
    /** Whether to give contact details, and if so name, email and phone. */
    IDENTITY
  }

  static Question text(String id, String heading, String hint, int maxLength, String required) {
    return new Question(id, Kind.TEXT, heading, hint, Map.of(), maxLength, required, heading, null);
  }

  static Question textarea(String id, String heading, String hint, String required) {
    return new Question(id, Kind.TEXTAREA, heading, hint, Map.of(), 10_000, required, heading, null);
  }

  static Question radios(String id, String heading, String hint, String required, String... valueLabelPairs) {
    return new Question(id, Kind.RADIOS, heading, hint, pairs(valueLabelPairs), 0, required, heading, null);
  }

  static Question checkboxes(String id, String heading, String hint, String required, String... valueLabelPairs) {
    return new Question(id, Kind.CHECKBOXES, heading, hint, pairs(valueLabelPairs), 0, required, heading, null);
  }

  /** @param required null if the person may stay anonymous */
  static Question identity(String id, String heading, String hint, String required) {
    return new Question(id, Kind.IDENTITY, heading, hint, Map.of(), 200, required, heading, null);
  }

  /** The same question, its answer named this way in error messages. */
  Question named(String name) {
    return new Question(id, kind, heading, hint, options, maxLength, required, name, unknown);
  }

  /** The same question, with a choice to say the answer is not known. */
  Question orUnknown(String unknownLabel) {
    return new Question(id, kind, heading, hint, options, maxLength, required, label, unknownLabel);
  }

  /** The draft's key for the "not known" choice. */
  String unknownKey() {
    return id + ".unknown";
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
