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

  public ThresholdGuide {
    levels = levels == null ? List.of() : List.copyOf(levels);
  }

  public Optional<ThresholdLevel> level(int number) {
    return levels.stream().filter(l -> l.level() == number).findFirst();
  }
}
