package uk.frontdoor.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.frontdoor.mash.MashTesting.as;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import uk.frontdoor.IntegrationTest;
import uk.frontdoor.audit.AuditEntry;
import uk.frontdoor.audit.AuditLog;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.mash.MashTesting;
import uk.frontdoor.platform.Tenancy;

/**
 * The census details of an episode: every answer a census code, the UPN checked with its check
 * letter or a reason it is unknown, errors beside the fields keeping what was typed, each change
 * audited as the episode's; another council's episode is not found.
 */
@IntegrationTest
class CensusDetailsIT {

  static final UUID OXFORDSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000001");
  static final UUID WEST_BERKSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000005");

  @Autowired CensusDetails details;
  @Autowired AuditLog audit;
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired Tenancy tenancy;

  final StaffUser worker = MashTesting.named("Sam Worker", OXFORDSHIRE, "SOCIAL_WORKER");

  @Test
  void theCensusDetailsAreRecordedCheckedAndAudited() throws Exception {
    UUID id = new ProtectionRows(jdbc, transactions, tenancy, OXFORDSHIRE).episode("Ada", "Census", LocalDate.parse("2015-04-01"), null, null);
    String page = "/staff/casework/episodes/" + id + "/census";
    mvc.perform(get(page).with(as(worker))).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("WBRI White British")));

    mvc.perform(post(page).with(as(worker)).with(csrf())
            .param("sex", "X").param("ethnicity", "WBRI").param("disabilities", "NONE").param("disabilities", "AUT")
            .param("upn", "R247962919251").param("referralSource", "2A"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Select the child’s sex")))
        .andExpect(content().string(Matchers.containsString("Select ‘No disability’ on its own, or the child’s disabilities")))
        .andExpect(content().string(Matchers.containsString("Enter a real UPN – check it is correct")))
        .andExpect(content().string(Matchers.containsString("value=\"R247962919251\"")))
        .andExpect(content().string(Matchers.containsString("<option value=\"2A\" selected=\"selected\">")));
    assertThat(details.of(OXFORDSHIRE, id)).isEmpty();

    mvc.perform(post(page).with(as(worker)).with(csrf())
            .param("sex", "F").param("ethnicity", "WBRI").param("disabilities", "NONE").param("referralSource", "2A"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Enter the child’s UPN, or select why it is unknown")));
    mvc.perform(post(page).with(as(worker)).with(csrf())
            .param("sex", "F").param("ethnicity", "WBRI").param("disabilities", "NONE").param("upn", "a950 0001 7830 1")
            .param("upnUnknown", "UN2").param("referralSource", "2A"))
        .andExpect(content().string(Matchers.containsString("Enter the UPN, or select why it is unknown – not both")));

    mvc.perform(post(page).with(as(worker)).with(csrf())
            .param("sex", "F").param("ethnicity", "MWBA").param("disabilities", "LD").param("disabilities", "AUT")
            .param("upn", "a950 0001 7830 1").param("upnUnknown", "").param("referralSource", "2A"))
        .andExpect(redirectedUrl("/staff/casework/episodes/" + id));
    assertThat(details.of(OXFORDSHIRE, id)).contains(new CensusDetail("F", "MWBA", List.of("LD", "AUT"), "A950000178301", null, "2A"));

    mvc.perform(post(page).with(as(worker)).with(csrf())
            .param("sex", "F").param("ethnicity", "MWBA").param("disabilities", "NONE")
            .param("upn", "").param("upnUnknown", "UN2").param("referralSource", "6"))
        .andExpect(redirectedUrl("/staff/casework/episodes/" + id));
    assertThat(details.of(OXFORDSHIRE, id)).contains(new CensusDetail("F", "MWBA", List.of("NONE"), null, "UN2", "6"));
    mvc.perform(get(page).with(as(worker)))
        .andExpect(content().string(Matchers.containsString("<option value=\"UN2\" selected=\"selected\">")));

    assertThat(audit.about(OXFORDSHIRE, Episodes.SUBJECT, id.toString())).extracting(AuditEntry::action)
        .contains("CENSUS_DETAILS", "VIEWED");

    StaffUser elsewhere = MashTesting.named("Wes Worker", WEST_BERKSHIRE, "SOCIAL_WORKER");
    mvc.perform(get(page).with(as(elsewhere))).andExpect(status().isNotFound());
    mvc.perform(get(page).with(as(MashTesting.named("Fay Help", OXFORDSHIRE, "FAMILY_HELP")))).andExpect(status().isForbidden());
  }
}
