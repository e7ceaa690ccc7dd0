package uk.frontdoor.authority;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which team to call, decided from the council's calendar. */
class ContactNowServiceTest {

  private static final Map<String, String> OXFORDSHIRE_HOURS =
      Map.of(
          "MONDAY", "08:30-17:00",
          "TUESDAY", "08:30-17:00",
          "WEDNESDAY", "08:30-17:00",
          "THURSDAY", "08:30-17:00",
          "FRIDAY", "08:30-16:00");

  private final ContactNowService service = new ContactNowService(WorkingCalendar.englandAndWales());

  private static Team team(String code, String phone, Availability availability, Audience... audiences) {
    return new Team(code, code + " team", null, phone, null, availability, Set.of(audiences), true, null, null);
  }

  private static Authority authority(OfficeHours hours, Team... teams) {
    return new Authority(
        new AuthorityId(UUID.randomUUID()),
        "test",
        "Test Council",
        "Test",
        "https://test.example",
        hours,
        null,
        List.of(teams),
        false,
        null,
        List.of(),
        null,
        null,
        List.of(),
        null,
        null,
        null,
        null);
  }

  private final Authority oxfordshireLike =
      authority(
          OfficeHours.parse(OXFORDSHIRE_HOURS, false, true),
          team("MASH", "0345 050 7666", Availability.OFFICE_HOURS),
          team("EDT", "0800 833 408", Availability.OUT_OF_HOURS));

  @Test
  void inOfficeHoursTheMashAnswers() {
    ContactNow now = service.contactNow(oxfordshireLike, Audience.PUBLIC, Instant.parse("2026-11-26T10:00:00Z"));
    assertThat(now.callNow().code()).isEqualTo("MASH");
    assertThat(now.office().state()).isEqualTo(OfficeStatus.State.OPEN);
    assertThat(now.nextChange()).contains(Instant.parse("2026-11-26T17:00:00Z"));
  }

  @Test
  void afterFridayClosingTheEmergencyDutyTeamAnswersUntilMonday() {
    ContactNow now = service.contactNow(oxfordshireLike, Audience.PUBLIC, Instant.parse("2026-11-27T16:15:00Z"));
    assertThat(now.callNow().code()).isEqualTo("EDT");
    assertThat(now.nextChange()).contains(Instant.parse("2026-11-30T08:30:00Z"));
  }

  @Test
  void onABankHolidayTheOutOfHoursServiceAnswers() {
    ContactNow now = service.contactNow(oxfordshireLike, Audience.PUBLIC, Instant.parse("2026-12-28T11:00:00Z"));
    assertThat(now.callNow().code()).isEqualTo("EDT");
    assertThat(now.nextChange()).contains(Instant.parse("2026-12-29T08:30:00Z"));
  }

  @Test
  void linesThatAnswerAnyTimeAreChosenByAudience() {
    Authority southamptonLike =
        authority(
            OfficeHours.parse(Map.of(), true, false),
            team("MASH", "023 8083 3336", Availability.ALWAYS, Audience.PUBLIC),
            team("MASH", "023 8083 2300", Availability.ALWAYS, Audience.PROFESSIONAL));
    Instant sundayNight = Instant.parse("2026-11-29T03:00:00Z");
    assertThat(service.contactNow(southamptonLike, Audience.PUBLIC, sundayNight).callNow().phone())
        .isEqualTo("023 8083 3336");
    assertThat(service.contactNow(southamptonLike, Audience.PROFESSIONAL, sundayNight).callNow().phone())
        .isEqualTo("023 8083 2300");
  }

  @Test
  void whenHoursAreNotPublishedBothNumbersAreGiven() {
    Map<String, String> unstated =
        Map.of("MONDAY", "unstated", "TUESDAY", "unstated", "WEDNESDAY", "unstated", "THURSDAY", "unstated", "FRIDAY", "unstated");
    Authority northamptonshireLike =
        authority(
            OfficeHours.parse(unstated, false, true),
            team("MASH", "0300 126 7000", Availability.OFFICE_HOURS),
            team("OOH", "01604 626 938", Availability.OUT_OF_HOURS));
    ContactNow weekday = service.contactNow(northamptonshireLike, Audience.PUBLIC, Instant.parse("2026-11-24T14:00:00Z"));
    assertThat(weekday.office().state()).isEqualTo(OfficeStatus.State.UNKNOWN);
    assertThat(weekday.callNow().code()).isEqualTo("MASH");
    assertThat(weekday.alsoAvailable()).extracting(Team::code).containsExactly("OOH");

    ContactNow saturday = service.contactNow(northamptonshireLike, Audience.PUBLIC, Instant.parse("2026-11-28T14:00:00Z"));
    assertThat(saturday.office().state()).isEqualTo(OfficeStatus.State.CLOSED);
    assertThat(saturday.callNow().code()).isEqualTo("OOH");
  }

  @Test
  void theDataCheckNamesAMissingNumberAndAMissingOutOfHoursTeam() {
    Authority gaps =
        authority(
            OfficeHours.parse(OXFORDSHIRE_HOURS, false, true),
            team("CAAS", null, Availability.OFFICE_HOURS));
    assertThat(AuthorityDataCheck.missingDetails(gaps))
        .extracting(MissingDetail::detail)
        .contains("CAAS team (CAAS): phone number", "No out-of-hours team for public callers");
  }

  @Test
  void theDataCheckNamesTheLadosMissingNumberAndEmailNeverInventingThem() {
    Team lado = new Team("LADO", "Local Authority Designated Officer (LADO)", null, null, null, Availability.OFFICE_HOURS, Set.of(),
        false, null, null);
    Authority gaps = authority(OfficeHours.parse(OXFORDSHIRE_HOURS, false, true), team("MASH", "0345 050 7666", Availability.ALWAYS), lado);
    assertThat(AuthorityDataCheck.missingDetails(gaps))
        .extracting(MissingDetail::detail)
        .contains("Local Authority Designated Officer (LADO): phone number", "Local Authority Designated Officer (LADO): email address");
  }
}
