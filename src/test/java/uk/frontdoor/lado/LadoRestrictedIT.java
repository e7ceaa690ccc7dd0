package uk.frontdoor.lado;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.frontdoor.IntegrationTest;
import uk.frontdoor.audit.AuditLog;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.mash.MashTesting;
import uk.frontdoor.referral.Channel;
import uk.frontdoor.referral.Referrals;
import uk.frontdoor.referral.Submission;

/**
 * A deputy LADO opens allegations as the LADO does, until the LADO restricts one about the
 * council's own staff: then the deputy neither opens it nor sees it listed, and the refusal is
 * audited; only the LADO restricts or lifts it.
 */
@IntegrationTest
class LadoRestrictedIT {

  static final UUID OXFORDSHIRE = LadoIT.OXFORDSHIRE;

  @Autowired MockMvc mvc;
  @Autowired Referrals referrals;
  @Autowired Allegations allegations;
  @Autowired AuditLog audit;

  final StaffUser lado = MashTesting.named("Lee Lado", OXFORDSHIRE, "LADO");
  final StaffUser deputy = MashTesting.named("Dee Deputy", OXFORDSHIRE, "DEPUTY_LADO");

  private MockHttpServletResponse as(StaffUser who, MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request.with(uk.frontdoor.mash.MashTesting.as(who)).with(csrf())).andReturn().getResponse();
  }

  @Test
  void anAllegationAboutTheCouncilsOwnStaffIsTheLadosAlone() throws Exception {
    String reference =
        referrals.submit(new Submission(OXFORDSHIRE, Channel.ONLINE, LadoIT.concernAboutACoach(), "restricted-" + UUID.randomUUID(), null, null))
            .reference();
    await().atMost(Duration.ofSeconds(20))
        .until(() -> allegations.all(OXFORDSHIRE).stream().anyMatch(a -> a.reference().equals(reference)));
    String page = "/staff/lado/" + reference;

    assertThat(as(deputy, get(page)).getStatus()).isEqualTo(200);
    assertThat(as(deputy, get(page)).getContentAsString()).doesNotContain("Restrict it");
    assertThat(as(deputy, post(page + "/restriction").param("restricted", "true")).getStatus()).as("a deputy may not").isEqualTo(403);

    assertThat(as(lado, post(page + "/restriction").param("restricted", "true")).getRedirectedUrl()).isEqualTo(page);
    assertThat(as(lado, get(page)).getContentAsString()).contains("Restricted").contains("Lift the restriction");
    assertThat(as(deputy, get(page)).getStatus()).isEqualTo(404);
    assertThat(as(deputy, get(page + "/strands/new")).getStatus()).isEqualTo(404);
    assertThat(as(deputy, get("/staff/lado")).getContentAsString()).doesNotContain(reference);
    assertThat(as(lado, get("/staff/lado")).getContentAsString()).contains(reference);
    assertThat(audit.about(OXFORDSHIRE, Allegations.SUBJECT, reference)).extracting(e -> e.action())
        .contains("RESTRICTED", "REFUSED");

    assertThat(as(lado, post(page + "/restriction").param("restricted", "false")).getRedirectedUrl()).isEqualTo(page);
    assertThat(as(deputy, get(page)).getStatus()).isEqualTo(200);
    assertThat(audit.about(OXFORDSHIRE, Allegations.SUBJECT, reference)).extracting(e -> e.action()).contains("UNRESTRICTED");
  }
}
