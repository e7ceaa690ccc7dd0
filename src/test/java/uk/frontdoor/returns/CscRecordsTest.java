package uk.frontdoor.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import uk.frontdoor.casework.CensusDetail;
import uk.frontdoor.casework.CensusRecords.Allocation;
import uk.frontdoor.casework.CensusRecords.CensusAssessment;
import uk.frontdoor.casework.CensusRecords.CensusEnquiry;
import uk.frontdoor.casework.CensusRecords.CensusEpisode;
import uk.frontdoor.casework.CensusRecords.CensusPlan;
import uk.frontdoor.casework.CensusRecords.CensusProtectionPlan;
import uk.frontdoor.casework.CensusRecords.CensusVisit;
import uk.frontdoor.casework.CensusRecords.EpisodeActivity;
import uk.frontdoor.casework.ClosureReason;
import uk.frontdoor.casework.Episode;
import uk.frontdoor.casework.EpisodeLevel;
import uk.frontdoor.casework.EpisodeStatus;
import uk.frontdoor.casework.PrimaryNeed;

/**
 * A child's record in the DfE's CSC data API payload against a golden file written by hand from
 * Data to Insight's payload structure (docs/reference/csc-api-extract.md): two episodes, the first
 * closed with no further action, the second with a worker, an assessment, a child in need plan, a
 * section 47 enquiry and a child protection plan; keys with no value left out. And the window.
 */
class CscRecordsTest {

  static final UUID FIRST = UUID.fromString("11111111-1111-4111-8111-111111111111");
  static final UUID SECOND = UUID.fromString("22222222-2222-4222-8222-222222222222");
  static final UUID WORKER = UUID.fromString("abcdef01-2345-4789-8bcd-ef0123456789");
  static final UUID NEXT_WORKER = UUID.fromString("0123abcd-ef01-4234-9678-9abcdef01234");

  static Episode episode(UUID id, LocalDate referred, ClosureReason reason, Instant closed) {
    return new Episode(id, "Amara", "Okafor", LocalDate.parse("2014-07-09"), null, "9434765919", EpisodeLevel.CHILD_IN_NEED,
        closed == null ? EpisodeStatus.OPEN : EpisodeStatus.CLOSED, referred, referred.atStartOfDay().toInstant(java.time.ZoneOffset.UTC),
        null, null, PrimaryNeed.N1, null, null, null, null, reason, closed, false);
  }

  @Test
  void aChildsRecordIsTheGoldenFile() throws Exception {
    CensusDetail detail = new CensusDetail("F", "BAFR", List.of("LD", "COMM"), "A950000178301", null, "2A");
    CensusEpisode nfa = new CensusEpisode(episode(FIRST, LocalDate.parse("2025-02-03"), ClosureReason.RC7, Instant.parse("2025-02-20T12:00:00Z")),
        "golden", new CensusDetail("F", "BAFR", List.of("LD"), null, "UN5", "6"), List.of(), List.of(), List.of(), List.of());
    CensusEpisode open = new CensusEpisode(episode(SECOND, LocalDate.parse("2025-09-15"), null, null), "golden", detail,
        List.of(new CensusAssessment(UUID.fromString("33333333-3333-4333-8333-333333333333"), LocalDate.parse("2025-09-16"),
            LocalDate.parse("2025-10-30"), List.of("3A", "4B"))),
        List.of(new CensusPlan(UUID.fromString("44444444-4444-4444-8444-444444444444"), LocalDate.parse("2025-11-03"), LocalDate.parse("2026-01-12"))),
        List.of(new CensusEnquiry(UUID.fromString("55555555-5555-4555-8555-555555555555"), LocalDate.parse("2026-01-05"),
            LocalDate.parse("2026-01-26"), LocalDate.parse("2026-01-23"), null, LocalDate.parse("2026-01-20"), true)),
        List.of(new CensusProtectionPlan(UUID.fromString("66666666-6666-4666-8666-666666666666"), LocalDate.parse("2026-01-23"), null, "NEG",
            "NEG", 0, List.of(LocalDate.parse("2026-04-20")), LocalDate.parse("2026-01-23"))));
    Map<UUID, EpisodeActivity> activity = Map.of(SECOND, new EpisodeActivity(
        List.of(new Allocation(WORKER, "Sam Worker", LocalDate.parse("2025-09-16"), LocalDate.parse("2026-01-23")),
            new Allocation(NEXT_WORKER, "Jo Worker", LocalDate.parse("2026-01-23"), null)),
        List.of(new CensusVisit(LocalDate.parse("2026-02-02"), true, true))));

    Map<String, Object> child = CscRecords.child("golden", List.of(nfa, open), activity);

    JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    String golden = new String(CscRecordsTest.class.getResourceAsStream("/returns/csc-extract-child.json").readAllBytes(), StandardCharsets.UTF_8);
    assertThat(json.readTree(json.writeValueAsString(child))).isEqualTo(json.readTree(golden));
    // Key order as the reference builder writes it, not only the same keys.
    assertThat(json.writeValueAsString(json.readTree(json.writeValueAsString(child)))).isEqualTo(json.writeValueAsString(json.readTree(golden)));
  }

  @Test
  void aPurgedChildIsItsIdentifiersAndPurge() {
    assertThat(CscRecords.purged("FD0123")).containsExactly(
        Map.entry("la_child_id", "FD0123"), Map.entry("mis_child_id", "FD0123"), Map.entry("purge", true));
  }

  @Test
  void theWindowStartsOnTheFirstOfAprilOfTheFinancialYearTwentyFourMonthsBack() {
    assertThat(CscRecords.windowStart(LocalDate.parse("2026-11-27"))).isEqualTo(LocalDate.parse("2024-04-01"));
    assertThat(CscRecords.windowStart(LocalDate.parse("2026-03-31"))).isEqualTo(LocalDate.parse("2023-04-01"));
    assertThat(CscRecords.windowStart(LocalDate.parse("2026-04-01"))).isEqualTo(LocalDate.parse("2024-04-01"));
  }

  @Test
  void aWorkersIdIsTwelveOfTheirIdsHexDigits() {
    assertThat(CscRecords.workerId(WORKER)).isEqualTo("abcdef012345").matches("[A-Za-z0-9_-]{12}");
  }
}
