package uk.frontdoor.authority.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import uk.frontdoor.authority.ThresholdGuide;
import uk.frontdoor.authority.ThresholdLevel;

/**
 * The example indicators Front Door offers for each level of need ({@code
 * authority/standard-indicators.json}), shown in a council's threshold guide at any level for
 * which the council gives none of its own.
 */
final class StandardIndicators {

  private record Data(String source, Map<Integer, List<ThresholdLevel.IndicatorGroup>> levels) {}

  private static final Map<Integer, List<ThresholdLevel.IndicatorGroup>> BY_LEVEL = read();

  private StandardIndicators() {}

  /** The standard indicators of a level of need; none for a level Front Door has none for. */
  static List<ThresholdLevel.IndicatorGroup> of(int level) {
    return BY_LEVEL.getOrDefault(level, List.of());
  }

  /** The guide with the standard indicators at each level that has none of its own. */
  static ThresholdGuide fill(ThresholdGuide guide) {
    if (guide == null) {
      return null;
    }
    return new ThresholdGuide(
        guide.documentName(),
        guide.introduction(),
        guide.levels().stream()
            .map(
                level ->
                    level.indicators().isEmpty()
                        ? new ThresholdLevel(
                            level.level(), level.name(), level.summary(),
                            BY_LEVEL.getOrDefault(level.level(), List.of()), level.route(), level.teamCode())
                        : level)
            .toList());
  }

  private static Map<Integer, List<ThresholdLevel.IndicatorGroup>> read() {
    try (InputStream in = StandardIndicators.class.getResourceAsStream("/authority/standard-indicators.json")) {
      if (in == null) {
        throw new IllegalStateException("authority/standard-indicators.json is missing from the application");
      }
      return JsonMapper.builder().build().readValue(in, Data.class).levels();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
