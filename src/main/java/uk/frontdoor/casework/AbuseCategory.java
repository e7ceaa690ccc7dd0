package uk.frontdoor.casework;

/** The category of abuse of a child protection plan, with its CIN census code (CPPInitialCategoryOfAbuse). */
public enum AbuseCategory {
  NEG("Neglect"),
  PHY("Physical abuse"),
  EMO("Emotional abuse"),
  SAB("Sexual abuse"),
  MUL("Multiple");

  private final String label;

  AbuseCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The CIN census code: "NEG". */
  public String code() {
    return name();
  }
}
