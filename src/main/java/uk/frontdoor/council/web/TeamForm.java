package uk.frontdoor.council.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.frontdoor.authority.Audience;
import uk.frontdoor.authority.Authority;
import uk.frontdoor.authority.Availability;
import uk.frontdoor.authority.Team;
import uk.frontdoor.platform.FieldErrors;

/**
 * A team as typed: its code (only when it is added: other systems and the council's details name a
 * team by it), name, what it is for, a UK phone number, email, hours in words, when it answers,
 * whether it takes new concerns about children (a front door team) and whom its line is for.
 */
record TeamForm(
    String code, String name, String description, String phone, String email, String hours, String availability,
    String frontDoor, List<String> audiences) {

  static final int MAX_NAME = 200;
  static final int MAX_DESCRIPTION = 1000;
  static final int MAX_HOURS = 200;
  static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9-]{1,19}");
  /** A name's own short form, as in "Multi-Agency Safeguarding Hub (MASH)". */
  static final Pattern SHORT_FORM = Pattern.compile("\\(([A-Za-z][A-Za-z0-9-]{1,19})\\)");
  static final Set<String> SMALL_WORDS = Set.of("AND", "OF", "THE", "FOR", "TO", "IN", "ON", "A", "AN");

  static final Map<String, String> AVAILABILITY = new LinkedHashMap<>();
  static final Map<String, String> AUDIENCES = new LinkedHashMap<>();

  static {
    AVAILABILITY.put(Availability.OFFICE_HOURS.name(), "In the council’s office hours");
    AVAILABILITY.put(Availability.OUT_OF_HOURS.name(), "Outside office hours, as the out-of-hours service");
    AVAILABILITY.put(Availability.ALWAYS.name(), "At any time, day or night");
    AUDIENCES.put(Audience.PUBLIC.name(), "Members of the public: children, parents, carers, relatives and neighbours");
    AUDIENCES.put(Audience.PROFESSIONAL.name(), "Professionals who work with children");
  }

  static TeamForm of(Team team) {
    List<String> audiences = (team.audiences().isEmpty() ? EnumSet.allOf(Audience.class) : EnumSet.copyOf(team.audiences()))
        .stream().map(Audience::name).toList();
    return new TeamForm(team.code(), team.name(), team.description(), team.phone(), team.email(), team.hours(),
        team.availability() == null ? null : team.availability().name(), Boolean.toString(team.frontDoor()), audiences);
  }

  static TeamForm blank() {
    return new TeamForm(null, null, null, null, null, null, null, null, List.of());
  }

  /** The audiences ticked, for the page (never null). */
  public List<String> ticked() {
    return audiences == null ? List.of() : audiences;
  }

  /** The team with what was typed and this code, errors recorded; {@code source} as it was. */
  Team checked(String teamCode, String source, FieldErrors errors) {
    String cleanName = errors.required("name", "The name", name, MAX_NAME, "Enter the team’s name");
    String cleanDescription = errors.optional("description", "The description", description, MAX_DESCRIPTION);
    String cleanPhone = errors.phone("phone", phone, false, null);
    String cleanEmail = errors.email("email", email, false, null);
    String cleanHours = errors.optional("hours", "The hours", hours, MAX_HOURS);
    Availability when = AVAILABILITY.containsKey(availability) ? Availability.valueOf(availability) : null;
    if (when == null) {
      errors.add("availability", "Select when the team answers");
    }
    if (!"true".equals(frontDoor) && !"false".equals(frontDoor)) {
      errors.add("frontDoor", "Select whether the team takes new concerns about children");
    }
    Set<Audience> whom = EnumSet.noneOf(Audience.class);
    ticked().stream().filter(AUDIENCES::containsKey).forEach(a -> whom.add(Audience.valueOf(a)));
    if (whom.isEmpty()) {
      errors.add("audiences", "Select who the team’s line is for");
    }
    // Both ticked is everyone, as the councils' documents write it.
    Set<Audience> stored = whom.size() == Audience.values().length ? Set.of() : whom;
    return new Team(teamCode, cleanName, cleanDescription, cleanPhone, cleanEmail,
        when == null ? Availability.OFFICE_HOURS : when, stored, "true".equals(frontDoor), cleanHours, source);
  }

  /**
   * The code typed, in capitals, or where none is typed one made from the name (its short form in
   * brackets, else its initials), not yet any team's in the council; errors on {@code code}.
   */
  String newCode(Authority council, FieldErrors errors) {
    String typed = FieldErrors.clean(code);
    if (typed != null) {
      String upper = typed.toUpperCase(Locale.ROOT);
      if (!CODE.matcher(upper).matches()) {
        errors.add("code", "Enter a code of 2 to 20 letters, digits or hyphens, starting with a letter, such as FHH");
      } else if (council.team(upper).isPresent()) {
        errors.add("code", "The council has a team with the code " + upper + " already: enter another code");
      }
      return upper;
    }
    String made = fromName(FieldErrors.clean(name));
    String unique = made;
    for (int n = 2; council.team(unique).isPresent(); n++) {
      unique = made + "-" + n;
    }
    return unique;
  }

  private static String fromName(String name) {
    if (name == null) {
      return "TEAM";
    }
    Matcher shortForm = SHORT_FORM.matcher(name);
    if (shortForm.find()) {
      return shortForm.group(1).toUpperCase(Locale.ROOT);
    }
    StringBuilder initials = new StringBuilder();
    for (String word : name.toUpperCase(Locale.ROOT).split("[^A-Z0-9]+")) {
      if (!word.isEmpty() && !SMALL_WORDS.contains(word) && initials.length() < 10) {
        initials.append(word.charAt(0));
      }
    }
    String made = initials.length() >= 2 ? initials.toString() : name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    made = made.length() > 10 ? made.substring(0, 10) : made;
    return made.length() >= 2 && Character.isLetter(made.charAt(0)) ? made : "TEAM";
  }

  /**
   * An error for each audience the council takes new concerns from now that it would not with
   * {@code teams}: a council always has a front door for the public and for professionals.
   */
  static List<String> frontDoorsLost(Authority council, List<Team> teams, String change) {
    Authority after = council.withTeams(teams);
    List<String> lost = new ArrayList<>();
    for (Audience audience : Audience.values()) {
      if (!council.frontDoorTeams(audience).isEmpty() && after.frontDoorTeams(audience).isEmpty()) {
        lost.add(change + " would leave no team taking new concerns from "
            + (audience == Audience.PUBLIC ? "members of the public" : "professionals")
            + ": make another team take them first");
      }
    }
    return lost;
  }
}
