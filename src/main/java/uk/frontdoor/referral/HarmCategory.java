package uk.frontdoor.referral;

/** Kinds of harm a referrer can name; NOT_SURE is a real answer, not a gap. */
public enum HarmCategory {
  PHYSICAL("Physical abuse"),
  EMOTIONAL("Emotional abuse"),
  SEXUAL("Sexual abuse"),
  NEGLECT("Neglect"),
  EXPLOITATION("Exploitation, such as criminal or sexual exploitation"),
  NOT_SURE("I’m not sure");

  private final String label;

  HarmCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The category of this name, exactly as a form or the API sends it; empty if there is none. */
  public static java.util.Optional<HarmCategory> named(String name) {
    for (HarmCategory category : values()) {
      if (category.name().equals(name)) {
        return java.util.Optional.of(category);
      }
    }
    return java.util.Optional.empty();
  }

  /** Every category's name and label, in order, as a form's checkbox options. */
  public static java.util.Map<String, String> options() {
    java.util.Map<String, String> options = new java.util.LinkedHashMap<>();
    for (HarmCategory category : values()) {
      options.put(category.name(), category.label());
    }
    return java.util.Collections.unmodifiableMap(options);
  }
}
