package uk.frontdoor.referral.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.frontdoor.IntegrationTest;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.referral.Channel;
import uk.frontdoor.referral.PhoneContactSummary;
import uk.frontdoor.referral.ReferralDocument;
import uk.frontdoor.referral.ReferralSubmissionIT;
import uk.frontdoor.referral.Referrals;
import uk.frontdoor.referral.Submission;

/** Call handlers record phone contacts into the referral pipeline; no one else may. */
@IntegrationTest
class PhoneContactIT {

  static final UUID OXFORDSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000001");
  static final UUID SOUTHAMPTON = UUID.fromString("00000000-0000-4000-8000-000000000003");

  @Autowired MockMvc mvc;
  @Autowired Referrals referrals;

  private static RequestPostProcessor staff(UUID authority, String... roles) {
    StaffUser user =
        new StaffUser(UUID.randomUUID(), authority, "test@council.example", "Test Worker", List.of(roles), true, null);
    return authentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
  }

  private static MockHttpServletRequestBuilder call(String token) {
    return post("/staff/phone-contacts/new")
        .with(csrf())
        .param("token", token)
        .param("callerType", "PROFESSIONAL")
        .param("callerName", "Jo Health")
        .param("callerOrganisation", "Oxford Health")
        .param("callerRole", "Health visitor")
        .param("firstName", "Mia")
        .param("postcode", "ox4 1aa")
        .param("summary", "Mia has a burn on her arm that her mother could not explain.")
        .param("answer1", "Seen at a home visit this morning.")
        .param("harm", "PHYSICAL")
        .param("immediateDanger", "no")
        .param("urgency", "AMBER")
        .param("writtenReferralDue", "yes");
  }

  private String recordedReference(String location) {
    return location.substring(location.lastIndexOf('/') + 1);
  }

  @Test
  void onlyCallHandlersMayRecordPhoneContacts() throws Exception {
    mvc.perform(get("/staff/phone-contacts/new")).andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/staff/sign-in"));
    mvc.perform(get("/staff/phone-contacts/new").with(staff(OXFORDSHIRE, "MASH_SOCIAL_WORKER")))
        .andExpect(status().isForbidden());
    mvc.perform(call(UUID.randomUUID().toString()).with(staff(OXFORDSHIRE, "PARTNER_PRACTITIONER")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/staff/phone-contacts").with(staff(OXFORDSHIRE, "LADO"))).andExpect(status().isForbidden());
    mvc.perform(get("/staff/phone-contacts/new").with(staff(OXFORDSHIRE, "CALL_HANDLER")))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("Has the child been abandoned")));
  }

  @Test
  void aCallWithMissingAnswersIsShownBackWithErrorsAndNothingLost() throws Exception {
    String page =
        mvc.perform(
                post("/staff/phone-contacts/new")
                    .with(csrf())
                    .with(staff(OXFORDSHIRE, "CALL_HANDLER"))
                    .param("callerType", "MEMBER_OF_PUBLIC")
                    .param("callerName", "Pat <b>Neighbour</b>")
                    .param("answer2", "Grandmother, at home")
                    .param("postcode", "not a postcode")
                    .param("writtenReferralDue", "yes"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("There is a problem")
        .contains("Enter the child’s name, or describe the child")
        .contains("Enter the concern in a sentence or two")
        .contains("Select how urgent this is")
        .contains("Enter a real postcode")
        .contains("Only a professional caller is asked for a written referral")
        .contains("value=\"Pat &lt;b&gt;Neighbour&lt;/b&gt;\"")
        .contains(">Grandmother, at home</textarea>")
        .doesNotContain("<b>Neighbour</b>");
  }

  @Test
  void aRecordedCallJoinsThePipelineOnceAndItsWrittenReferralIsLinked() throws Exception {
    String token = UUID.randomUUID().toString();
    String first =
        mvc.perform(call(token).with(staff(OXFORDSHIRE, "CALL_HANDLER")))
            .andExpect(status().is3xxRedirection())
            .andReturn().getResponse().getRedirectedUrl();
    String again =
        mvc.perform(call(token).with(staff(OXFORDSHIRE, "CALL_HANDLER")))
            .andExpect(status().is3xxRedirection())
            .andReturn().getResponse().getRedirectedUrl();
    assertThat(again).isEqualTo(first);
    String reference = recordedReference(first);

    var stored = referrals.find(OXFORDSHIRE, reference).orElseThrow();
    assertThat(stored.channel()).isEqualTo(Channel.PHONE);
    ReferralDocument document = referrals.document(OXFORDSHIRE, stored.referralId()).orElseThrow();
    assertThat(document.phoneContact().urgency()).isEqualTo("AMBER");
    assertThat(document.phoneContact().writtenReferralDue()).isTrue();
    assertThat(document.children().get(0).address().postcode()).isEqualTo("OX4 1AA");
    assertThat(document.answers()).extracting(ReferralDocument.Answer::answer).containsExactly("Seen at a home visit this morning.");
    assertThat(contact(reference).awaitingWrittenReferral()).isTrue();

    mvc.perform(get("/staff/phone-contacts/" + reference).with(staff(OXFORDSHIRE, "CALL_HANDLER")))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString(reference)));
    mvc.perform(get("/staff/phone-contacts/" + reference).with(staff(SOUTHAMPTON, "CALL_HANDLER")))
        .andExpect(status().isNotFound());

    ReferralDocument online = ReferralSubmissionIT.professionalReferral("jo@health.example");
    ReferralDocument written =
        new ReferralDocument(
            online.route(), online.referralType(), online.referrer(), false, online.children(), List.of(), null,
            online.concern(), online.consent(), "Home visit.", 3, null, null, null,
            reference.toLowerCase().replace("-", " "));
    String writtenReference =
        referrals.submit(new Submission(OXFORDSHIRE, Channel.ONLINE, written, "written-" + token, null, null)).reference();
    PhoneContactSummary linked = contact(reference);
    assertThat(linked.writtenReferralReference()).isEqualTo(writtenReference);
    assertThat(linked.awaitingWrittenReferral()).isFalse();
    mvc.perform(get("/staff/phone-contacts").with(staff(OXFORDSHIRE, "CALL_HANDLER")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("Received: " + writtenReference)));
  }

  private PhoneContactSummary contact(String reference) {
    return referrals.phoneContacts(OXFORDSHIRE).stream()
        .filter(c -> c.reference().equals(reference))
        .findFirst()
        .orElseThrow();
  }
}
