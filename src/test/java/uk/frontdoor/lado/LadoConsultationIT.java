package uk.frontdoor.lado;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static uk.frontdoor.mash.MashTesting.as;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.frontdoor.IntegrationTest;
import uk.frontdoor.identity.StaffRole;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.mash.MashTesting;
import uk.frontdoor.referral.Channel;
import uk.frontdoor.referral.Referrals;

/**
 * The LADO records a phone consultation: mistakes are shown beside their fields with everything
 * typed kept; a good one becomes an allegation (once, however often the form is sent) with the
 * employer's awareness and the caller as its referrer, and never reaches the MASH's phone contacts;
 * no role but the LADO's (and a deputy's) opens any of the LADO's pages.
 */
@IntegrationTest
class LadoConsultationIT {

  static final UUID OXFORDSHIRE = LadoIT.OXFORDSHIRE;

  @Autowired MockMvc mvc;
  @Autowired Referrals referrals;
  @Autowired Allegations allegations;

  final StaffUser lado = MashTesting.named("Lee Lado", OXFORDSHIRE, "LADO");

  private Map<String, String> call(String token) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("token", token);
    form.put("callerName", "Jo Head");
    form.put("callerOrganisation", "Banbury Academy");
    form.put("callerRole", "Headteacher");
    form.put("callerPhone", "01295 000000");
    form.put("callerEmail", "head@banbury-academy.example");
    form.put("adultName", "Pat Keeper");
    form.put("adultRole", "Caretaker");
    form.put("adultEmployer", "Banbury Academy");
    form.put("sector", "EDUCATION");
    form.put("told", "A pupil says the caretaker showed him images on his phone.");
    form.put("children", "A boy in year 8");
    form.put("awareDay", "26");
    form.put("awareMonth", "11");
    form.put("awareYear", "2026");
    form.put("awareTime", "14:30");
    return form;
  }

  private MockHttpServletResponse send(StaffUser who, Map<String, String> form) throws Exception {
    MockHttpServletRequestBuilder request = post("/staff/lado/consultations/new").with(as(who)).with(csrf());
    form.forEach(request::param);
    return mvc.perform(request).andReturn().getResponse();
  }

  @Test
  void mistakesAreShownBesideTheirFieldsAndEverythingTypedIsKept() throws Exception {
    Map<String, String> form = call(UUID.randomUUID().toString());
    form.put("callerPhone", "");
    form.put("callerEmail", "");
    form.put("awareYear", "9999");
    form.put("awareTime", "half past");
    form.put("told", "Images on a phone.\u0000");
    form.put("sector", "SPACE");
    MockHttpServletResponse page = send(lado, form);
    assertThat(page.getStatus()).isEqualTo(200);
    assertThat(page.getContentAsString())
        .contains("Enter a phone number or an email address to reach the caller")
        .contains("must be in the last 10 years, and not in the future")
        .contains("Enter the time like 9:30am or 14:30")
        .contains("Select the sector they work in")
        .contains("Images on a phone.")
        .contains("value=\"Pat Keeper\"")
        .contains("<title>Error: Record a phone consultation");
  }

  @Test
  void aConsultationBecomesOneAllegationWithTheEmployersAwarenessAndNeverReachesTheMash() throws Exception {
    String token = UUID.randomUUID().toString();
    MockHttpServletResponse first = send(lado, call(token));
    assertThat(first.getRedirectedUrl()).startsWith("/staff/lado/consultations/");
    String reference = first.getRedirectedUrl().substring("/staff/lado/consultations/".length());
    assertThat(send(lado, call(token)).getRedirectedUrl()).as("sent twice, kept once").isEqualTo(first.getRedirectedUrl());
    assertThat(mvc.perform(get(first.getRedirectedUrl()).with(as(lado))).andReturn().getResponse().getContentAsString())
        .contains("Consultation recorded").contains(reference);

    await().atMost(Duration.ofSeconds(20)).until(() -> allegations.all(OXFORDSHIRE).stream().anyMatch(a -> a.reference().equals(reference)));
    assertThat(referrals.find(OXFORDSHIRE, reference).orElseThrow().channel()).isEqualTo(Channel.PHONE);
    String allegation = mvc.perform(get("/staff/lado/" + reference).with(as(lado))).andReturn().getResponse().getContentAsString();
    assertThat(allegation)
        .contains("The employer became aware on 26 November 2026 at 2:30pm: 1 working day ago.")
        .contains("The LADO was told within one working day.")
        .contains("A pupil says the caretaker showed him images on his phone.")
        .contains("Jo Head");
    assertThat(referrals.phoneContacts(OXFORDSHIRE)).noneMatch(call -> reference.equals(call.reference()));

    for (StaffRole role : StaffRole.values()) {
      StaffUser someone = MashTesting.named("Any " + role, OXFORDSHIRE, role.name());
      for (String page : List.of("/staff/lado", "/staff/lado/" + reference, "/staff/lado/" + reference + "/initial-consideration",
          "/staff/lado/" + reference + "/strands/new", "/staff/lado/report", "/staff/lado/report.csv", "/staff/lado/consultations/new")) {
        assertThat(mvc.perform(get(page).with(as(someone))).andReturn().getResponse().getStatus())
            .as(role + " " + page).isEqualTo(role == StaffRole.LADO || role == StaffRole.DEPUTY_LADO ? 200 : 403);
      }
    }
    assertThat(mvc.perform(get("/staff/mash/contacts/" + reference).with(as(MashTesting.named("Mo Mash", OXFORDSHIRE, "MASH_MANAGER"))))
        .andReturn().getResponse().getStatus()).as("no MASH contact for a concern the LADO took").isEqualTo(404);

    StaffUser mash = MashTesting.named("Mia Mash", OXFORDSHIRE, "MASH_SOCIAL_WORKER");
    assertThat(send(mash, call(UUID.randomUUID().toString())).getStatus()).isEqualTo(403);
    assertThat(mvc.perform(get("/staff/lado/consultations/" + reference).with(as(MashTesting.named("Wes Lado",
        UUID.fromString("00000000-0000-4000-8000-000000000005"), "LADO")))).andReturn().getResponse().getStatus()).isEqualTo(404);
  }
}
