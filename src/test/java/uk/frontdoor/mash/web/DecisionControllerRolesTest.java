package uk.frontdoor.mash.web;

import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.mash.MashDecisions;
import uk.frontdoor.mash.MashQueue;

/**
 * The decision and authorisation pages on their own, without a database: a role that may not use
 * them gets 403 and the service behind them is never called.
 */
@WebMvcTest(DecisionController.class)
class DecisionControllerRolesTest {

  @TestConfiguration
  static class FixedClock {

    /** The staff pages' advice says times relative to today. */
    @Bean
    Clock clock() {
      return Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);
    }
  }

  @Autowired MockMvc mvc;
  @MockitoBean MashQueue queue;
  @MockitoBean uk.frontdoor.authority.AuthorityDataCheck dataCheck;
  @MockitoBean MashDecisions decisions;
  @MockitoBean Authorities authorities;

  private static RequestPostProcessor as(String role) {
    StaffUser user = new StaffUser(UUID.randomUUID(), UUID.randomUUID(), "x@council.example", "X", List.of(role), true, null);
    return authentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
  }

  @Test
  void onlyAManagerMayAuthorise() throws Exception {
    for (String role : List.of("MASH_SOCIAL_WORKER", "CALL_HANDLER", "PARTNER_PRACTITIONER", "EDT_WORKER", "LADO", "COUNCIL_ADMINISTRATOR")) {
      mvc.perform(get("/staff/mash/contacts/ABCD-EFGH/authorisation").with(as(role))).andExpect(status().isForbidden());
      mvc.perform(post("/staff/mash/contacts/ABCD-EFGH/authorisation").with(csrf()).with(as(role)).param("action", "authorise"))
          .andExpect(status().isForbidden());
    }
    verifyNoInteractions(decisions, queue);
    // A manager gets through to the page (here, no such contact).
    mvc.perform(get("/staff/mash/contacts/ABCD-EFGH/authorisation").with(as("MASH_MANAGER"))).andExpect(status().isNotFound());
  }

  @Test
  void onlyMashStaffMayDecide() throws Exception {
    for (String role : List.of("CALL_HANDLER", "PARTNER_PRACTITIONER", "EDT_WORKER", "LADO", "COUNCIL_ADMINISTRATOR")) {
      mvc.perform(get("/staff/mash/contacts/ABCD-EFGH/decision").with(as(role))).andExpect(status().isForbidden());
      mvc.perform(post("/staff/mash/contacts/ABCD-EFGH/decision").with(csrf()).with(as(role))
              .param("thresholdLevel", "3").param("rationale", "x").param("outcome", "EARLY_HELP").param("nextSteps", "y"))
          .andExpect(status().isForbidden());
    }
    verifyNoInteractions(decisions, queue);
    mvc.perform(get("/staff/mash/contacts/ABCD-EFGH/decision").with(as("MASH_SOCIAL_WORKER"))).andExpect(status().isNotFound());
  }
}
