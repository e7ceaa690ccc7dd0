package uk.frontdoor.casework;

import java.util.Optional;
import uk.frontdoor.authority.CaseworkFrequencies;
import uk.frontdoor.platform.Labelled;

/**
 * The kinds of plan on an episode, each at its own level: a child in need plan (section 17) at
 * child in need, Family Help's family plan at early help. The next issue's child protection plan
 * is not one of these: it starts at a conference and only a review conference ends it.
 */
public enum PlanKind implements Labelled {
  CHILD_IN_NEED("child-in-need", EpisodeLevel.CHILD_IN_NEED),
  FAMILY("family", EpisodeLevel.EARLY_HELP);

  private final String slug;
  private final EpisodeLevel level;

  PlanKind(String slug, EpisodeLevel level) {
    this.slug = slug;
    this.level = level;
  }

  /** The kind's part of an address: {@code child-in-need}. */
  public String slug() {
    return slug;
  }

  /** The level of the episode at which a plan of this kind starts. */
  public EpisodeLevel level() {
    return level;
  }

  /** Calendar months between reviews, as the council sets them. */
  public int reviewMonths(CaseworkFrequencies frequencies) {
    return this == CHILD_IN_NEED ? frequencies.childInNeedPlanReviewMonths() : frequencies.familyPlanReviewMonths();
  }

  public static Optional<PlanKind> bySlug(String slug) {
    return Labelled.byWord(values(), PlanKind::slug, slug);
  }
}
