package uk.frontdoor.authority;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Adds a council to the deployment (at first start, or by the deployment's operator): a complete
 * but plain configuration document, which the council's administrator then makes its own. One
 * number, answered at any hour, until the council gives its office hours and out-of-hours service;
 * office hours of 9am to 5pm, Monday to Friday, closed on bank holidays; the standard threshold
 * levels; a LADO team with no number yet (listed as missing on {@code /actuator/authoritydata}).
 */
@Service
public class CouncilRegistration {

  /** What a new council is registered with. Checked by the caller's form; the database checks again. */
  public record NewCouncil(String name, String slug, String laCode, String phone, String email) {}

  /** A council of the deployment, as its operator lists them. */
  public record Council(UUID id, String name, String slug, String laCode) {}

  /** A council's slug, or its LA code, is already another council's. */
  public static class Taken extends RuntimeException {
    private final String field;

    Taken(String field) {
      super(field + " is already a council's");
      this.field = field;
    }

    public String field() {
      return field;
    }
  }

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String WEEKDAY = "09:00-17:00";

  private final JdbcClient jdbc;

  CouncilRegistration(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every council, by name. */
  @Transactional(readOnly = true)
  public List<Council> councils() {
    return jdbc.sql("SELECT id, name, slug, la_code FROM authority ORDER BY name")
        .query((rs, n) -> new Council(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("slug"), rs.getString("la_code")))
        .list();
  }

  public boolean slugTaken(String slug) {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM authority WHERE slug = ?)").param(slug).query(Boolean.class).single();
  }

  public boolean laCodeTaken(String laCode) {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM authority WHERE la_code = ?)").param(laCode).query(Boolean.class).single();
  }

  /**
   * Registers the council in the caller's transaction, which may go on to create its first
   * administrator.
   *
   * @throws Taken if its slug or LA code is already another council's
   */
  @Transactional
  public AuthorityId register(NewCouncil council) {
    if (slugTaken(council.slug())) {
      throw new Taken("slug");
    }
    if (laCodeTaken(council.laCode())) {
      throw new Taken("laCode");
    }
    UUID id = UUID.randomUUID();
    jdbc.sql("INSERT INTO authority (id, slug, name, document, la_code) VALUES (?, ?, ?, CAST(? AS jsonb), ?)")
        .params(id, council.slug(), council.name(), JSON.writeValueAsString(document(council)), council.laCode())
        .update();
    return new AuthorityId(id);
  }

  /** The document as {@code AuthorityDocument} reads it. */
  private static Map<String, Object> document(NewCouncil council) {
    Map<String, Object> frontDoor = new java.util.LinkedHashMap<>();
    frontDoor.put("code", "MASH");
    frontDoor.put("name", "Children’s services front door");
    frontDoor.put("description", "For anyone worried about a child.");
    frontDoor.put("phone", council.phone());
    frontDoor.put("email", council.email());
    frontDoor.put("availability", Availability.ALWAYS.name());
    frontDoor.put("audiences", List.of());
    frontDoor.put("frontDoor", true);
    frontDoor.put("hours", null);
    Map<String, Object> lado = new java.util.LinkedHashMap<>();
    lado.put("code", "LADO");
    lado.put("name", "Local Authority Designated Officer (LADO)");
    lado.put("description", "For concerns or allegations about an adult who works or volunteers with children.");
    lado.put("phone", null);
    lado.put("email", null);
    lado.put("availability", Availability.OFFICE_HOURS.name());
    lado.put("audiences", List.of());
    lado.put("frontDoor", false);
    lado.put("hours", null);
    Map<String, Object> document = new java.util.LinkedHashMap<>();
    document.put("shortName", council.name());
    document.put(
        "officeHours",
        Map.of(
            "alwaysOpen", false,
            "closedOnBankHolidays", true,
            "days", Map.of("MONDAY", WEEKDAY, "TUESDAY", WEEKDAY, "WEDNESDAY", WEEKDAY, "THURSDAY", WEEKDAY, "FRIDAY", WEEKDAY)));
    document.put("outOfHoursDescription", "outside office hours");
    document.put("teams", List.of(frontDoor, lado));
    document.put("policeNonEmergency", true);
    document.put("referralTypes", List.of(ReferralType.SAFEGUARDING.name()));
    document.put(
        "professionalAdvice",
        Map.of(
            "immediate", "If a child is in immediate danger, call 999. Then call the children’s services front door.",
            "nonImmediate", "Contact the children’s services front door with as much as you know about the child, the family and why you are worried.",
            "nonImmediateTeamCode", "MASH"));
    document.put("postcodeDistricts", List.of());
    return document;
  }
}
