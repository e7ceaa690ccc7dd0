package uk.frontdoor.casework;

import java.util.LinkedHashMap;
import java.util.Map;

/** Why an episode closed: the CIN census reason for closure codes (RC1 to RC9), with the census's words. */
public enum ClosureReason {
  RC1("Adopted"),
  RC2("Died"),
  RC3("Child arrangements order"),
  RC4("Special guardianship order"),
  RC5("Transferred to services of another local authority"),
  RC6("Transferred to adult social care services"),
  RC7("Services ceased for any other reason, including child no longer in need"),
  RC8("Case closed after assessment, no further action"),
  RC9("Case closed after assessment, referred to early help");

  private final String label;

  ClosureReason(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Every code and its words, as a form's options: "RC1 Adopted". */
  public static Map<String, String> options() {
    Map<String, String> options = new LinkedHashMap<>();
    for (ClosureReason reason : values()) {
      options.put(reason.name(), reason.name() + " " + reason.label());
    }
    return options;
  }
}
