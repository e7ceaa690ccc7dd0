package uk.frontdoor.authority;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Lists what each council's configuration is missing: numbers and emails not published, office
 * hours not stated, no out-of-hours route. Nothing here is guessed: the public pages say plainly
 * what is unknown and send people to the council's website, and this list tells the council's
 * administrator what to supply. It is logged at start-up and served at
 * {@code /actuator/authoritydata}.
 */
@Service
public record AuthorityDataCheck(Authorities authorities, WorkingCalendar calendar, Clock clock) {

  private static final Logger log = LoggerFactory.getLogger(AuthorityDataCheck.class);

  /** How long before the last bank holiday known administrators are told to bring in a newer file. */
  public static final java.time.Period BANK_HOLIDAYS_WARNING = java.time.Period.ofMonths(3);

  /**
   * From three months before the last bank holiday known, the words that tell an administrator to
   * bring in GOV.UK's newer file before the calendar runs out; empty before then.
   */
  public java.util.Optional<String> bankHolidaysRunningOut() {
    LocalDate last = calendar.bankHolidays().lastHoliday();
    LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
    if (today.isBefore(last.minus(BANK_HOLIDAYS_WARNING))) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of("The last bank holiday Front Door knows is "
        + last.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK))
        + ". Upload GOV.UK’s latest bank holidays file so that working days after it are counted correctly.");
  }

  public List<MissingDetail> missingDetails() {
    List<MissingDetail> missing = new ArrayList<>();
    for (Authority authority : authorities.all()) {
      missing.addAll(missingDetails(authority));
    }
    return missing;
  }

  public List<String> calendarWarnings() {
    LocalDate horizon = LocalDate.now(clock).plusYears(1);
    BankHolidays bankHolidays = calendar.bankHolidays();
    return bankHolidays.covers(horizon)
        ? List.of()
        : List.of(
            "Bank holidays are known only until "
                + bankHolidays.lastCovered()
                + ": install a newer bank-holidays.json");
  }

  static List<MissingDetail> missingDetails(Authority authority) {
    List<String> details = new ArrayList<>();
    if (authority.website() == null || authority.website().isBlank()) {
      details.add("The council’s website address");
    }
    if (!authority.officeHours().hoursStated()) {
      details.add("Office hours: the council says when it is open but not the times");
    }
    for (Team team : authority.teams()) {
      if (!team.phoneKnown()) {
        details.add(label(team) + ": phone number");
      }
      // The LADO's email too: employers are told to write to it (issue 17).
      if ((team.frontDoor() || team.code().equals("LADO")) && !team.emailKnown()) {
        details.add(label(team) + ": email address");
      }
    }
    for (Audience audience : Audience.values()) {
      List<Team> doors = authority.frontDoorTeams(audience);
      if (doors.isEmpty()) {
        details.add("No team takes concerns from " + audience.name().toLowerCase() + " callers");
      } else if (!authority.officeHours().alwaysOpen()
          && doors.stream().noneMatch(t -> t.availability().answersWhen(false))) {
        details.add("No out-of-hours team for " + audience.name().toLowerCase() + " callers");
      }
    }
    if (authority.colour().equals(Authority.PLAIN_COLOUR)) {
      details.add("Header colour: a #rrggbb colour that white text can be read on (contrast 4.5:1 or more)");
    }
    if (authority.postcodeDistricts().isEmpty()) {
      details.add("Postcode coverage");
    }
    return details.stream()
        .map(d -> new MissingDetail(authority.slug(), authority.name(), d))
        .toList();
  }

  private static String label(Team team) {
    String code = "(" + team.code() + ")";
    return team.name().contains(code) ? team.name() : team.name() + " " + code;
  }

  @EventListener(ApplicationReadyEvent.class)
  void logAtStartup() {
    List<MissingDetail> missing = missingDetails();
    for (MissingDetail m : missing) {
      log.debug("Missing from {}'s configuration: {}", m.authorityName(), m.detail());
    }
    if (!missing.isEmpty()) {
      log.warn("{} details are missing from councils' configuration: see /actuator/authoritydata", missing.size());
    }
    calendarWarnings().forEach(log::warn);
  }
}
