package uk.frontdoor.authority;

/**
 * How often a council's casework comes round: the rules leave these to councils, so each council
 * sets its own in its data, and one that sets none has the national practice written here.
 *
 * @param childInNeedVisitWorkingDays working days from one visit to a child in need to the next
 *     (default 20: the common local standard of at least every four weeks; Working Together sets
 *     no national figure for children in need)
 * @param childInNeedPlanReviewMonths calendar months from a child in need plan's start, or its last
 *     review, to the next review (default 3; no national figure either)
 * @param familyPlanReviewMonths calendar months between reviews of an early help family plan
 *     (default 3, as Families First practice reviews Family Help plans)
 * @param protectionVisitWorkingDays working days from one visit to a child on a child protection
 *     plan to the next (default 10: at least every two weeks, the common local standard)
 * @param coreGroupWorkingDays working days from the initial child protection conference to the
 *     core group's first meeting (default 10, the common local rule T9; Working Together sets none)
 */
public record CaseworkFrequencies(
    int childInNeedVisitWorkingDays,
    int childInNeedPlanReviewMonths,
    int familyPlanReviewMonths,
    int protectionVisitWorkingDays,
    int coreGroupWorkingDays) {

  public static final int VISIT_WORKING_DAYS = 20;
  public static final int CHILD_IN_NEED_PLAN_REVIEW_MONTHS = 3;
  public static final int FAMILY_PLAN_REVIEW_MONTHS = 3;
  public static final int PROTECTION_VISIT_WORKING_DAYS = 10;
  public static final int CORE_GROUP_WORKING_DAYS = 10;

  /** The national practice, for a council that has set none of its own. */
  public static final CaseworkFrequencies NATIONAL =
      new CaseworkFrequencies(
          VISIT_WORKING_DAYS, CHILD_IN_NEED_PLAN_REVIEW_MONTHS, FAMILY_PLAN_REVIEW_MONTHS, PROTECTION_VISIT_WORKING_DAYS, CORE_GROUP_WORKING_DAYS);

  /** A figure the council left out, or one that is not a sensible interval (below 1, or above a year), is the national one. */
  public CaseworkFrequencies {
    childInNeedVisitWorkingDays = within(childInNeedVisitWorkingDays, 260, VISIT_WORKING_DAYS);
    childInNeedPlanReviewMonths = within(childInNeedPlanReviewMonths, 12, CHILD_IN_NEED_PLAN_REVIEW_MONTHS);
    familyPlanReviewMonths = within(familyPlanReviewMonths, 12, FAMILY_PLAN_REVIEW_MONTHS);
    protectionVisitWorkingDays = within(protectionVisitWorkingDays, 260, PROTECTION_VISIT_WORKING_DAYS);
    coreGroupWorkingDays = within(coreGroupWorkingDays, 260, CORE_GROUP_WORKING_DAYS);
  }

  private static int within(int value, int max, int otherwise) {
    return value >= 1 && value <= max ? value : otherwise;
  }
}
