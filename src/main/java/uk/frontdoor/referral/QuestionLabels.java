package uk.frontdoor.referral;

import uk.frontdoor.referral.journeys.ProfessionalReferral;
import uk.frontdoor.referral.journeys.PublicReport;

/**
 * The question each route asked for each part of a stored referral, so that staff read every
 * answer under the question the referrer was asked, and only the parts the route asks. The routes
 * with questions of their own (a child, a parent or carer, a concern about an adult who works
 * with children) and the council's set phone questions store each question with its answer
 * instead ({@link ReferralDocument#answers()}). The online routes' labels are their journeys' own
 * questions; {@code QuestionLabelsTest} checks each label against its route's page.
 *
 * <p>A null label is a part the route does not ask.
 */
public record QuestionLabels(
    String summary,
    String when,
    String evidence,
    String harm,
    String familyAware,
    String household,
    String agencyActions,
    String thresholdLevel,
    String consent,
    String relationship,
    String description) {

  /** The public report, one question a page ({@link PublicReport}): its questions' own words. */
  public static final QuestionLabels MEMBER_OF_PUBLIC =
      new QuestionLabels(
          PublicReport.WHAT_HAPPENED.heading(),
          PublicReport.WHEN.heading(),
          null,
          PublicReport.HARM.heading(),
          PublicReport.FAMILY.heading(),
          PublicReport.HOUSEHOLD.heading(),
          null,
          null,
          null,
          PublicReport.RELATIONSHIP.heading(),
          PublicReport.DESCRIPTION.heading());

  /** A professional's written referral ({@link ProfessionalReferral}): its questions' own words. */
  public static final QuestionLabels PROFESSIONAL =
      new QuestionLabels(
          ProfessionalReferral.SUMMARY.heading(),
          null,
          ProfessionalReferral.EVIDENCE.heading(),
          ProfessionalReferral.HARM.heading(),
          null,
          ProfessionalReferral.HOUSEHOLD.heading(),
          ProfessionalReferral.ACTIONS.heading(),
          ProfessionalReferral.LEVEL.heading(),
          ProfessionalReferral.CONSENT_GIVEN.heading(),
          null,
          null);

  /** A call recorded by a call handler ({@code referral/staff/phone-contact}). */
  public static final QuestionLabels PHONE =
      new QuestionLabels(
          "The concern in a sentence or two",
          null,
          null,
          "What kinds of harm is the caller worried about?",
          null,
          null,
          null,
          null,
          null,
          "Role, or relationship to the child",
          "If the caller does not know the child’s name, how do they describe the child?");

  /** A partner system's referral through the API ({@code /api/openapi.yaml}), its fields in words. */
  public static final QuestionLabels API =
      new QuestionLabels(
          "The concern",
          "When it happened",
          "What has been seen or said",
          "Kinds of harm",
          null,
          "Parents, carers and household",
          "What the referrer’s agency has done",
          "Level of need the referrer believes applies",
          "Parents’ consent",
          null,
          null);

  /**
   * The labels for a stored referral that came by {@code channel} (ONLINE, API or PHONE; null is
   * taken as online).
   */
  public static QuestionLabels of(ReferralDocument document, String channel) {
    if (document.phoneContact() != null || "PHONE".equals(channel)) {
      return PHONE;
    }
    if ("API".equals(channel)) {
      return API;
    }
    return document.route() == Route.PROFESSIONAL ? PROFESSIONAL : MEMBER_OF_PUBLIC;
  }

  /**
   * Whether the route stored its own questions with their answers (the short routes: a child, a
   * parent or carer, a concern about an adult who works with children): then staff read those,
   * once, and nothing else of the document. A document from any other route, or one whose route is
   * no longer understood, is shown part by part, so that nothing it holds is hidden.
   */
  public static boolean askedItsOwnQuestions(ReferralDocument document) {
    return document.phoneContact() == null
        && SHORT_ROUTES.contains(document.route())
        && !document.answers().isEmpty();
  }

  private static final java.util.Set<Route> SHORT_ROUTES =
      java.util.EnumSet.of(Route.CHILD, Route.PARENT_CARER, Route.LADO);
}
