package uk.frontdoor.lado;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import uk.frontdoor.platform.journey.Question;

/**
 * What the LADO recorded about an allegation: the initial consideration, and the outcome once it
 * concludes.
 */
public final class Conclusion {

  private Conclusion() {}

  /** The employer's action on the adult. */
  public static final Map<String, String> EMPLOYER_ACTIONS =
      Question.choices(
          "SUSPENSION", "Suspended", "DISMISSAL", "Dismissed", "RESIGNATION", "Resigned",
          "NO_ACTION", "No action", "OTHER", "Other action");

  /** A referral to the Disclosure and Barring Service or a regulator, where the duty applies. */
  public static final Map<String, String> REGULATORS =
      Question.choices(
          "DBS", "Referred to the Disclosure and Barring Service",
          "TRA", "Referred to the Teaching Regulation Agency",
          "OTHER_REGULATOR", "Referred to another regulator",
          "NONE", "No referral: the duty does not apply");

  /** The initial consideration: the parts of the harm test that apply (none: the advice given). */
  public record Consideration(Instant at, String byName, List<HarmTest> harmTest, String advice) {
    public boolean applies() {
      return !harmTest.isEmpty();
    }
  }

  /** How it concluded and what followed. */
  public record Outcome(Instant at, String byName, Finding finding, String employerAction, String regulator, String notes) {
    public String employerActionWords() {
      return EMPLOYER_ACTIONS.get(employerAction);
    }

    public String regulatorWords() {
      return REGULATORS.get(regulator);
    }
  }
}
