package uk.frontdoor.casework;

import java.util.Optional;
import uk.frontdoor.mash.Outcome;
import uk.frontdoor.platform.Labelled;

/**
 * The level of help in a Family Help episode. One episode runs from early help through child in
 * need; it steps up or down with a reason and is never re-keyed.
 */
public enum EpisodeLevel implements Labelled {
  EARLY_HELP,
  CHILD_IN_NEED;

  /** The level an authorised MASH decision opens an episode at; none for an outcome that opens none. */
  public static Optional<EpisodeLevel> openedBy(Outcome outcome) {
    return switch (outcome) {
      case CHILD_AND_FAMILY_ASSESSMENT, STRATEGY_DISCUSSION -> Optional.of(CHILD_IN_NEED);
      case EARLY_HELP -> Optional.of(EARLY_HELP);
      default -> Optional.empty();
    };
  }

  /** Whether an authorised decision with this outcome opens an episode, or adds to an open one. */
  public static boolean opens(Outcome outcome) {
    return openedBy(outcome).isPresent();
  }

  /** The other level: where a step up or down goes. */
  public EpisodeLevel other() {
    return this == EARLY_HELP ? CHILD_IN_NEED : EARLY_HELP;
  }
}
