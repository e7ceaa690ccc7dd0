package uk.frontdoor.casework;

import java.util.LinkedHashMap;
import java.util.Map;

/** The CIN census primary need codes (N0 to N9), with the census's words. */
public enum PrimaryNeed {
  N1("Abuse or neglect"),
  N2("Child’s disability"),
  N3("Parental disability or illness"),
  N4("Family in acute stress"),
  N5("Family dysfunction"),
  N6("Socially unacceptable behaviour"),
  N7("Low income"),
  N8("Absent parenting"),
  N9("Cases other than children in need"),
  N0("Not stated");

  private final String label;

  PrimaryNeed(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Every code and its words, as a form's options: "N1 Abuse or neglect". */
  public static Map<String, String> options() {
    Map<String, String> options = new LinkedHashMap<>();
    for (PrimaryNeed need : values()) {
      options.put(need.name(), need.name() + " " + need.label());
    }
    return options;
  }
}
