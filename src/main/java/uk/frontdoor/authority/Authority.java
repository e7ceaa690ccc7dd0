package uk.frontdoor.authority;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A council's children's services front door, as configured: everything a person needs to reach
 * the right team and everything the system needs to count its working days.
 *
 * @param slug the council's part of public addresses, such as {@code west-berkshire}
 * @param website the council's own website, where people are sent for anything we do not hold
 * @param outOfHoursDescription the council's words for when the out-of-hours service answers
 * @param policeNonEmergency whether the council tells people to call 101 for non-emergencies
 * @param postcodeDistricts postcode districts (such as {@code OX1}) or sectors ({@code RG8 7})
 *     that the council covers, wholly or in part
 * @param phoneQuestions the set questions a call handler asks someone who rings with a concern,
 *     in order; a council that has none of its own asks {@link #STANDARD_PHONE_QUESTIONS}
 * @param colour the council's own colour for the page header, as {@code #rrggbb}, with white text
 *     on it at a contrast of at least 4.5:1; a missing or unreadable colour is {@link
 *     #PLAIN_COLOUR}, and {@code /actuator/authoritydata} lists it
 * @param casework how often visits and plan reviews come round; the national practice where the
 *     council sets none
 * @param specialDays the council's own closures and shorter days, on top of bank holidays
 */
public record Authority(
    AuthorityId id,
    String slug,
    String name,
    String shortName,
    String website,
    OfficeHours officeHours,
    String outOfHoursDescription,
    List<Team> teams,
    boolean policeNonEmergency,
    NoNamesConsultation noNamesConsultation,
    List<ReferralType> referralTypes,
    ProfessionalAdvice professionalAdvice,
    ThresholdGuide thresholdGuide,
    List<String> postcodeDistricts,
    List<String> phoneQuestions,
    String colour,
    CaseworkFrequencies casework,
    SpecialDays specialDays) {

  /** The header colour of a council that has not given a readable one of its own. */
  public static final String PLAIN_COLOUR = "#243b53";

  /** What a call handler asks when the council has set no questions of its own. */
  public static final List<String> STANDARD_PHONE_QUESTIONS =
      List.of(
          "What has happened, or what have you seen or heard?",
          "When did it happen, and is it still happening?",
          "Who is looking after the child now, and where are they?",
          "Who else is in the household, and is anyone there a risk to the child?",
          "Does the family know you are calling us?",
          "Is anyone else involved, such as a school, GP, health visitor or the police?");

  public Authority {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(officeHours, "officeHours");
    teams = teams == null ? List.of() : List.copyOf(teams);
    referralTypes = referralTypes == null ? List.of() : List.copyOf(referralTypes);
    postcodeDistricts = postcodeDistricts == null ? List.of() : List.copyOf(postcodeDistricts);
    phoneQuestions =
        phoneQuestions == null || phoneQuestions.isEmpty()
            ? STANDARD_PHONE_QUESTIONS
            : List.copyOf(phoneQuestions);
    noNamesConsultation =
        noNamesConsultation == null ? NoNamesConsultation.notOffered() : noNamesConsultation;
    casework = casework == null ? CaseworkFrequencies.NATIONAL : casework;
    specialDays = specialDays == null ? SpecialDays.NONE : specialDays;
    colour = readableOnWhiteText(colour) ? colour.toLowerCase(java.util.Locale.ROOT) : PLAIN_COLOUR;
  }

  /**
   * The levels of need a MASH decides between, as this council names them in its threshold guide
   * (the standard four where it has given none).
   */
  public List<ThresholdLevel> thresholdLevels() {
    return ThresholdGuide.levelsOf(thresholdGuide);
  }

  /** The levels of need by number, each in the council's words ("Level 2 – Early help"), in order: a form's choices. */
  public java.util.Map<String, String> thresholdLevelLabels() {
    java.util.Map<String, String> labels = new java.util.LinkedHashMap<>();
    thresholdLevels().forEach(level -> labels.put(Integer.toString(level.level()), level.label()));
    return labels;
  }

  /** Whether white text on this {@code #rrggbb} colour has a contrast of at least 4.5:1 (WCAG 1.4.3). */
  public static boolean readableOnWhiteText(String colour) {
    if (colour == null || !colour.matches("#[0-9a-fA-F]{6}")) {
      return false;
    }
    double luminance =
        0.2126 * channel(colour.substring(1, 3))
            + 0.7152 * channel(colour.substring(3, 5))
            + 0.0722 * channel(colour.substring(5, 7));
    return 1.05 / (luminance + 0.05) >= 4.5;
  }

  private static double channel(String hex) {
    double c = Integer.parseInt(hex, 16) / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  public Optional<Team> team(String code) {
    return teams.stream().filter(t -> t.code().equals(code)).findFirst();
  }

  /** The council as it would be with these teams instead of its own: what a change to its teams would leave. */
  public Authority withTeams(List<Team> teams) {
    return new Authority(id, slug, name, shortName, website, officeHours, outOfHoursDescription, teams, policeNonEmergency,
        noNamesConsultation, referralTypes, professionalAdvice, thresholdGuide, postcodeDistricts, phoneQuestions, colour,
        casework, specialDays);
  }

  /**
   * What else in the council's details names the team with this code, in words ("level 2 of the
   * threshold guide"); empty if nothing does. The public pages and the professional referral send
   * concerns about an adult who works with children to the team coded {@code LADO}.
   */
  public List<String> referencesTo(String code) {
    List<String> references = new java.util.ArrayList<>();
    if ("LADO".equals(code)) {
      references.add("the public pages and the professional referral, which send concerns about adults who work with children to the LADO");
    }
    if (thresholdGuide != null) {
      thresholdGuide.levels().stream()
          .filter(level -> code.equals(level.teamCode()))
          .forEach(level -> references.add("level " + level.level() + " of the threshold guide"));
    }
    if (professionalAdvice != null && code.equals(professionalAdvice.nonImmediateTeamCode())) {
      references.add("the advice to professionals about concerns that are not immediate");
    }
    if (code.equals(noNamesConsultation.teamCode())) {
      references.add("the no-names consultation");
    }
    return references;
  }

  /**
   * The council's teams, each code once (the first of a code: a council may list one team twice,
   * for two audiences), in its order: the teams work is allocated to and counted by.
   */
  public List<Team> distinctTeams() {
    return teams.stream().filter(t -> team(t.code()).orElseThrow() == t).toList();
  }

  /** The teams that take new concerns from this audience, in the council's order. */
  public List<Team> frontDoorTeams(Audience audience) {
    return teams.stream().filter(t -> t.frontDoor() && t.serves(audience)).toList();
  }

  public boolean offers(ReferralType type) {
    return referralTypes.contains(type);
  }

  /** Whether the council covers some or all of this postcode. */
  public boolean covers(Postcode postcode) {
    return postcodeDistricts.stream().anyMatch(postcode::isWithin);
  }
}
