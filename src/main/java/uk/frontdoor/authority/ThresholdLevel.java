package uk.frontdoor.authority;

import java.util.List;

/**
 * One level of need.
 *
 * @param level 1 (universal) to 4 (specialist: section 17 or section 47)
 * @param name the council's name for the level
 * @param summary who is at this level, in a sentence
 * @param indicators example indicators, grouped by assessment domain
 * @param route what the professional should do, in the council's words
 * @param teamCode the team the route leads to, if any
 */
public record ThresholdLevel(
    int level,
    String name,
    String summary,
    List<IndicatorGroup> indicators,
    String route,
    String teamCode) {

  public ThresholdLevel {
    indicators = indicators == null ? List.of() : List.copyOf(indicators);
  }

  /** The level as a MASH worker chooses it, in the council's words: "Level 2 – Early help". */
  public String label() {
    return "Level " + level + " – " + name;
  }

  /** Example indicators in one domain of the assessment framework. */
  public record IndicatorGroup(String domain, List<String> examples) {
    public IndicatorGroup {
      examples = examples == null ? List.of() : List.copyOf(examples);
    }
  }
}
