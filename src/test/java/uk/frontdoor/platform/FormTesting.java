package uk.frontdoor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.frontdoor.identity.StaffUser;

/** What the form tests share: councils, a demo partner, a referral through the API, demo settings put back. */
final class FormTesting {

  static final UUID OXFORDSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000001");
  static final UUID WEST_BERKSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000005");

  private FormTesting() {}

  /**
   * A council's demo police officer, whose agency the staff directory knows; {@code n} is the
   * council's place among the demo councils by slug (Oxfordshire 3, West Berkshire 5).
   */
  static StaffUser demoPoliceOfficer(UUID authority, String slug, int n) {
    return new StaffUser(UUID.fromString("00000000-0000-4000-d000-00000000000" + n), authority, "police.officer@" + slug + ".demo",
        "Demo police officer", List.of("PARTNER_PRACTITIONER"), true, null);
  }

  /** Sends a referral through the partner API with the council's demo key, over HTTP; its reference. */
  static String apiReferral(int port, String slug, String idempotencyKey, String body) throws Exception {
    HttpResponse<String> created =
        HttpClient.newHttpClient().send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/" + slug + "/referrals"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer demo-" + slug)
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    Matcher reference = Pattern.compile("\"reference\":\"([A-Z0-9-]+)\"").matcher(created.body());
    assertThat(reference.find()).isTrue();
    return reference.group(1);
  }

  /** West Berkshire's education agency as the demo data has it, whatever a test changed. */
  static void putTheDemoAgencyBack(DataSource ownerDataSource) {
    JdbcClient.create(ownerDataSource)
        .sql("UPDATE partner_agency SET name = 'Education safeguarding team (West Berkshire)', "
            + "lead_email = 'education.lead@west-berkshire.demo' WHERE authority_id = ? AND agency = 'EDUCATION'")
        .param(WEST_BERKSHIRE)
        .update();
  }
}
