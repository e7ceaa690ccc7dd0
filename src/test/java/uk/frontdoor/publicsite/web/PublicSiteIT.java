package uk.frontdoor.publicsite.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.webjars.WebJarVersionLocator;
import uk.frontdoor.IntegrationTest;
import uk.frontdoor.authority.Audience;
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.authority.Authority;
import uk.frontdoor.authority.ContactNow;
import uk.frontdoor.authority.ContactNowService;

/** The public pages on the real database, at Friday 27 November 2026 16:15 UK time. */
@IntegrationTest
class PublicSiteIT {

  @Autowired MockMvc mvc;
  @Autowired Authorities authorities;
  @Autowired ContactNowService contactNow;

  /** The "Who to call now" box of a page, up to its other numbers. */
  private String callNow(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
    String page = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    String callNow = page.substring(page.indexOf("id=\"call-now\""));
    return callNow.substring(0, callNow.indexOf("Other numbers"));
  }

  @ParameterizedTest
  @CsvSource({
    "oxfordshire, Oxfordshire County Council, 0345 050 7666",
    "bracknell-forest, Bracknell Forest Council, 01344 352005",
    "southampton, Southampton City Council, 023 8083 3336",
    "northamptonshire, Northamptonshire Children’s Trust, 0300 126 7000",
    "west-berkshire, West Berkshire Council, Contact Advice and Assessment Service"
  })
  void everyCouncilHasItsStartPageWithItsNumbers(String slug, String name, String shown)
      throws Exception {
    mvc.perform(get("/" + slug + "/report-a-concern/member-of-the-public"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString(name), containsString(shown))));
    mvc.perform(get("/" + slug + "/report-a-concern"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("If a child is in immediate danger, call 999")))
        .andExpect(content().string(containsString(name)));
  }

  @Test
  void immediateDangerComesFirst() throws Exception {
    String page =
        mvc.perform(get("/oxfordshire/report-a-concern"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    int emergency = page.indexOf("call 999");
    assertThat(emergency).isPositive().isLessThan(page.indexOf("Who is worried?"));
    assertThat(page).contains("I’m a child or young person and I’m worried about myself",
        "Someone is hurting you, or you do not feel safe at home.", "value=\"child-or-young-person\"");
  }

  @Test
  void anUnknownCouncilIsPageNotFound() throws Exception {
    mvc.perform(get("/atlantis/report-a-concern"))
        .andExpect(status().isNotFound())
        .andExpect(content().string(containsString("Page not found")))
        .andExpect(content().string(not(containsString("Exception"))));
  }

  @Test
  void oxfordshireIsClosedAtQuarterPastFourOnFridaySoTheEmergencyDutyTeamIsTheNumber()
      throws Exception {
    mvc.perform(get("/oxfordshire/report-a-concern/member-of-the-public"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Emergency Duty Team")))
        .andExpect(content().string(containsString("0800 833 408")))
        .andExpect(content().string(containsString("8:30am on Monday 30 November")));
  }

  @Test
  void westBerkshireIsStillOpenSoCaasIsTheNumberNotTheEmergencyDutyService() throws Exception {
    assertThat(callNow(get("/west-berkshire/report-a-concern/member-of-the-public")))
        .contains("Contact Advice and Assessment Service")
        .contains("we do not have this number")
        .contains("4:30pm today")
        .doesNotContain("Emergency Duty Service");
  }

  @Test
  void everyRouteAnswersForTwoCouncils() throws Exception {
    for (String slug : new String[] {"oxfordshire", "bracknell-forest"}) {
      for (Reporter reporter : Reporter.values()) {
        mvc.perform(get("/" + slug + "/report-a-concern/" + reporter.path()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("call 999")));
      }
    }
  }

  @Test
  void choosingWhoIsWorriedLeadsToThatRoute() throws Exception {
    mvc.perform(get("/southampton/report-a-concern/who").param("reporter", "professional"))
        .andExpect(redirectedUrl("/southampton/report-a-concern/professional"));
    mvc.perform(get("/southampton/report-a-concern/professional"))
        .andExpect(content().string(containsString("023 8083 2300")));
  }

  @Test
  void choosingNobodyIsAnErrorOnTheSamePage() throws Exception {
    mvc.perform(get("/southampton/report-a-concern/who"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("There is a problem")))
        .andExpect(content().string(containsString("Select who is worried")))
        .andExpect(content().string(containsString("<title>Error: ")));
  }

  @Test
  void aPostcodeFindsItsCouncil() throws Exception {
    mvc.perform(get("/find-your-council").param("postcode", " ox1 1aa "))
        .andExpect(redirectedUrl("/oxfordshire/report-a-concern"));
    mvc.perform(get("/find-your-council").param("postcode", "RG12 7AA"))
        .andExpect(redirectedUrl("/bracknell-forest/report-a-concern"));
  }

  @Test
  void aDistrictSharedByTwoCouncilsAsksWhich() throws Exception {
    mvc.perform(get("/find-your-council").param("postcode", "RG8 7AA"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Which council does the child live in?")))
        .andExpect(content().string(containsString("West Berkshire Council")))
        .andExpect(content().string(containsString("Oxfordshire County Council")));
    mvc.perform(get("/find-your-council/choose").param("postcode", "RG8 7AA").param("council", "west-berkshire"))
        .andExpect(redirectedUrl("/west-berkshire/report-a-concern"));
    mvc.perform(get("/find-your-council/choose").param("postcode", "RG8 7AA"))
        .andExpect(content().string(containsString("Select the council for the area where the child lives")));
  }

  @Test
  void aBadPostcodeIsExplainedAndKept() throws Exception {
    mvc.perform(get("/find-your-council").param("postcode", "NOT<b>A"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Enter a real postcode, like OX1 1AA")))
        .andExpect(content().string(containsString("value=\"NOT&lt;b&gt;A\"")));
    mvc.perform(get("/find-your-council").param("postcode", ""))
        .andExpect(content().string(containsString("Enter a postcode")));
  }

  @Test
  void aPostcodeWeDoNotCoverSaysSo() throws Exception {
    mvc.perform(get("/find-your-council").param("postcode", "SW1A 1AA"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("We could not find a council for SW1A 1AA")));
  }

  @Test
  void everyGuidancePageAnswers() throws Exception {
    for (String page : InformationController.PAGES) {
      mvc.perform(get("/northamptonshire/" + page))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("Northamptonshire")));
    }
    mvc.perform(get("/northamptonshire/no-such-page")).andExpect(status().isNotFound());
  }

  @Test
  void whatHappensNextNamesTheStepsTheCouncilTakes() throws Exception {
    for (String slug : new String[] {"oxfordshire", "bracknell-forest", "west-berkshire"}) {
      mvc.perform(get("/" + slug + "/what-happens-next"))
          .andExpect(status().isOk())
          .andExpect(content().string(allOf(
              containsString("decides within one working day"),
              containsString("the police and health services hold a <strong>strategy discussion</strong>"),
              containsString("enquiries under section 47 of the Children Act 1989"),
              containsString("<strong>initial child protection conference</strong> meets within 15 working days"),
              containsString("<strong>child protection plan</strong>"),
              containsString("reviewed at a review conference within 3 months, then at least every 6 months"))));
    }
  }

  @Test
  void theThresholdGuideNamesTheCouncilsRoute() throws Exception {
    mvc.perform(get("/oxfordshire/threshold-guide/immediate").param("answer", "no"))
        .andExpect(redirectedUrl("/oxfordshire/threshold-guide/level"));
    mvc.perform(get("/oxfordshire/threshold-guide/level").param("level", "2"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Locality and Community Support Service")));
    mvc.perform(get("/oxfordshire/threshold-guide/immediate").param("answer", "yes"))
        .andExpect(content().string(containsString("0800 833 408")));
    mvc.perform(get("/bracknell-forest/threshold-guide/level").param("level", "4"))
        .andExpect(content().string(containsString("Safeguarding referral")));
    mvc.perform(get("/bracknell-forest/threshold-guide/level").param("level", "2"))
        .andExpect(content().string(containsString("Early Help referral")));
  }

  @Test
  void theThresholdGuidesLevelFourGivesTheNumberThatAnswersNow() throws Exception {
    // Friday 4:15pm: Oxfordshire's MASH closed at 4pm, so level 4 gives the Emergency Duty Team.
    assertThat(callNow(get("/oxfordshire/threshold-guide/level").param("level", "4").param("asked", "yes"))).contains("Emergency Duty Team").contains("0800 833 408").contains("The office is closed now");
  }

  @Test
  void bracknellForestAtNightGivesTheBerkshireEmergencyDutyService() {
    Authority bracknell = authorities.findBySlug("bracknell-forest").orElseThrow();
    ContactNow saturdayNight = contactNow.contactNow(bracknell, Audience.PUBLIC, Instant.parse("2026-11-28T03:00:00Z"));
    assertThat(saturdayNight.callNow().code()).isEqualTo("EDS");
    assertThat(saturdayNight.callNow().phone()).isEqualTo("01344 351 999");
    assertThat(saturdayNight.callNow().source()).contains("six unitary authorities in Berkshire");
  }

  @Test
  void everyCouncilsHeaderIsInItsOwnReadableColourWithItsName() throws Exception {
    String css =
        mvc.perform(get("/council-colours.css"))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", containsString("text/css")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    // The five demo councils; a council registered by another test has the plain colour until its administrator sets one.
    List<Authority> demo = authorities.all().stream().filter(a -> a.id().value().toString().startsWith("00000000-0000-4000-8000-")).toList();
    assertThat(demo).hasSize(5);
    for (Authority authority : demo) {
      assertThat(authority.colour()).as(authority.slug()).isNotEqualTo(Authority.PLAIN_COLOUR);
      assertThat(Authority.readableOnWhiteText(authority.colour())).as(authority.slug()).isTrue();
      assertThat(css).contains(".fd-header--" + authority.slug() + " { background: " + authority.colour() + "; }");
    }
    mvc.perform(get("/southampton/report-a-concern"))
        .andExpect(content().string(containsString("fd-header--southampton")))
        .andExpect(content().string(containsString("Southampton City Council</a>")))
        .andExpect(content().string(not(containsString("GDS Transport"))));
  }

  @Test
  void theThresholdGuideExplainsAMissingAnswer() throws Exception {
    mvc.perform(get("/oxfordshire/threshold-guide/level").param("level", "9"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Select the description that best fits")));
    mvc.perform(get("/oxfordshire/threshold-guide/immediate").param("answer", "maybe"))
        .andExpect(content().string(containsString("There is a problem")));
  }

  @Test
  void pagesCarryAStrictContentSecurityPolicy() throws Exception {
    mvc.perform(get("/"))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
        .andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
        .andExpect(header().string("X-Frame-Options", "DENY"))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"))
        .andExpect(content().string(containsString("<html lang=\"en\"")))
        .andExpect(content().string(containsString("Skip to main content")));
  }

  @Test
  void pagesLinkToGovukFrontendByItsVersionAndStartNoSession() throws Exception {
    String css = mvc.perform(get("/css/frontdoor.css")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    Matcher imported = Pattern.compile("@import url\\(\"\\.\\.(/webjars/govuk-frontend/[^\"]+)\"\\)").matcher(css);
    assertThat(imported.find()).as("frontdoor.css brings in GOV.UK Frontend's sheet").isTrue();
    assertThat(imported.group(1)).isEqualTo("/webjars/govuk-frontend/" + new WebJarVersionLocator().version("govuk-frontend") + "/dist/govuk/govuk-frontend.min.css");
    for (String page : new String[] {"/", "/oxfordshire/report-a-concern"}) {
      var response = mvc.perform(get(page)).andExpect(status().isOk()).andReturn().getResponse();
      assertThat(response.getContentAsString())
          .doesNotContain("govuk-frontend.min.css")
          .contains("href=\"/css/frontdoor.css\"")
          .contains("href=\"/oxfordshire/report-a-concern\"");
      assertThat(response.getHeader("Set-Cookie")).as("a public page read is no reason for a session").isNull();
    }
    mvc.perform(get(imported.group(1)))
        .andExpect(status().isOk())
        .andExpect(header().string("Cache-Control", containsString("max-age=604800")));
  }
}
