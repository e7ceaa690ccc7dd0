package uk.frontdoor.casework;

import java.util.Map;
import uk.frontdoor.platform.journey.Question;

/**
 * The factors identified at the end of an assessment: the CIN census AssessmentFactors codes
 * (N00181) with the census's words. The legacy 18A and 19A are left out (census queries 8945Q and
 * 8950Q ask for 18B/18C and 19B/19C instead).
 */
public final class AssessmentFactors {

  private AssessmentFactors() {}

  /** The codes given, in the census's order. */
  public static java.util.List<String> inOrder(java.util.Collection<String> codes) {
    return CODES.keySet().stream().filter(codes::contains).toList();
  }

  /** No factors identified: only when there is no evidence of any factor, and never with another (rule 8869). */
  public static final String NONE_IDENTIFIED = "21";

  /** Every code and its words, in the census's order, as a form's options: "1A Alcohol misuse: concerns about the child". */
  public static final Map<String, String> CODES = Question.choices(
      "1A", "1A Alcohol misuse: concerns about the child",
      "1B", "1B Alcohol misuse: concerns about the parent or carer",
      "1C", "1C Alcohol misuse: concerns about another person living in the household",
      "2A", "2A Drug misuse: concerns about the child",
      "2B", "2B Drug misuse: concerns about the parent or carer",
      "2C", "2C Drug misuse: concerns about another person living in the household",
      "3A", "3A Domestic violence: concerns about the child being the subject",
      "3B", "3B Domestic violence: concerns about the parent or carer being the subject",
      "3C", "3C Domestic violence: concerns about another person living in the household being the subject",
      "4A", "4A Mental health: concerns about the child",
      "4B", "4B Mental health: concerns about the parent or carer",
      "4C", "4C Mental health: concerns about another person living in the household",
      "5A", "5A Learning disability: concerns about the child",
      "5B", "5B Learning disability: concerns about the parent or carer",
      "5C", "5C Learning disability: concerns about another person living in the household",
      "6A", "6A Physical disability or illness: concerns about the child",
      "6B", "6B Physical disability or illness: concerns about the parent or carer",
      "6C", "6C Physical disability or illness: concerns about another person living in the household",
      "7A", "7A Young carer",
      "8B", "8B Privately fostered: overseas children who intend to return",
      "8C", "8C Privately fostered: overseas children who intend to stay",
      "8D", "8D Privately fostered: UK children in educational placements",
      "8E", "8E Privately fostered: UK children making alternative family arrangements",
      "8F", "8F Privately fostered: other",
      "9A", "9A Unaccompanied asylum-seeking child",
      "10A", "10A Going or being missing",
      "11A", "11A Child sexual exploitation",
      "12A", "12A Trafficking",
      "13A", "13A Gangs",
      "14A", "14A Socially unacceptable behaviour",
      "15A", "15A Self-harm",
      "16A", "16A Abuse or neglect: neglect",
      "17A", "17A Abuse or neglect: emotional abuse",
      "18B", "18B Abuse or neglect: physical abuse (child on child)",
      "18C", "18C Abuse or neglect: physical abuse (adult on child)",
      "19B", "19B Abuse or neglect: sexual abuse (child on child)",
      "19C", "19C Abuse or neglect: sexual abuse (adult on child)",
      "20", "20 Other",
      "22A", "22A Female genital mutilation",
      "23A", "23A Abuse linked to faith or belief",
      "24A", "24A Child criminal exploitation",
      NONE_IDENTIFIED, "21 No factors identified");
}
