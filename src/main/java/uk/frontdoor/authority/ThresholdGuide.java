package uk.frontdoor.authority;

import java.util.List;
import java.util.Optional;

/**
 * A council's threshold of needs (continuum of need): the levels, with example indicators, and the
 * route each level takes in this council.
 *
 * @param documentName the name the council gives its threshold document
 * @param introduction the council's words on how to use it
 */
public record ThresholdGuide(String documentName, String introduction, List<ThresholdLevel> levels) {

  /**
   * The four levels most councils' guides share, for a council that has given no levels of its
   * own: a MASH still decides on one of them.
   */
  public static final List<ThresholdLevel> STANDARD_LEVELS =
      List.of(
          standard(1, "universal services meet the child’s needs"),
          standard(2, "early help"),
          standard(3, "targeted, multi-agency support"),
          standard(4, "specialist: section 17 child in need or section 47 child protection"));

  public ThresholdGuide {
    levels = levels == null ? List.of() : List.copyOf(levels);
  }

  /** The levels of a council's guide, or {@link #STANDARD_LEVELS} where it has none. */
  public static List<ThresholdLevel> levelsOf(ThresholdGuide guide) {
    return guide == null || guide.levels().isEmpty() ? STANDARD_LEVELS : guide.levels();
  }

  private static ThresholdLevel standard(int level, String name) {
    return new ThresholdLevel(level, name, null, List.of(), null, null);
  }

  public Optional<ThresholdLevel> level(int number) {
    return levels.stream().filter(l -> l.level() == number).findFirst();
  }
}
