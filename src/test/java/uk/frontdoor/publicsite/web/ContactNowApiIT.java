package uk.frontdoor.publicsite.web;

import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.frontdoor.IntegrationTest;

/** The contact-now API at Friday 27 November 2026 16:15 UK time. */
@IntegrationTest
class ContactNowApiIT {

  @Autowired MockMvc mvc;

  @Test
  void oxfordshireHasClosedSoTheEmergencyDutyTeamAnswers() throws Exception {
    mvc.perform(get("/api/v1/authorities/oxfordshire/contact-now"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.authority").value("oxfordshire"))
        .andExpect(jsonPath("$.officeOpen").value(false))
        .andExpect(jsonPath("$.officeState").value("CLOSED"))
        .andExpect(jsonPath("$.nextChange").value("2026-11-30T08:30:00Z"))
        .andExpect(jsonPath("$.callNow.code").value("EDT"))
        .andExpect(jsonPath("$.callNow.name").value("Emergency Duty Team"))
        .andExpect(jsonPath("$.callNow.phone").value("0800 833 408"))
        .andExpect(jsonPath("$.emergency").value("999"));
  }

  @Test
  void westBerkshireIsOpenUntilHalfPastFourSoCaasAnswersThoughItsNumberIsUnknown()
      throws Exception {
    mvc.perform(get("/api/v1/authorities/west-berkshire/contact-now"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.officeOpen").value(true))
        .andExpect(jsonPath("$.nextChange").value("2026-11-27T16:30:00Z"))
        .andExpect(jsonPath("$.callNow.code").value("CAAS"))
        .andExpect(jsonPath("$.callNow.phoneKnown").value(false))
        .andExpect(jsonPath("$.callNow.phone").value(nullValue()))
        .andExpect(jsonPath("$.policeNonEmergency").value("101"))
        .andExpect(jsonPath("$.website").value("https://www.westberks.gov.uk"));
  }

  @Test
  void southamptonHasSeparateLinesForProfessionalsThatAnswerAnyTime() throws Exception {
    mvc.perform(get("/api/v1/authorities/southampton/contact-now").param("audience", "professional"))
        .andExpect(jsonPath("$.officeOpen").value(true))
        .andExpect(jsonPath("$.callNow.phone").value("023 8083 2300"))
        .andExpect(jsonPath("$.nextChange").value(nullValue()));
    mvc.perform(get("/api/v1/authorities/southampton/contact-now"))
        .andExpect(jsonPath("$.callNow.phone").value("023 8083 3336"));
  }

  @Test
  void northamptonshireDoesNotPublishItsHoursSoTheAnswerSaysSo() throws Exception {
    mvc.perform(get("/api/v1/authorities/northamptonshire/contact-now"))
        .andExpect(jsonPath("$.officeOpen").value(nullValue()))
        .andExpect(jsonPath("$.officeState").value("UNKNOWN"))
        .andExpect(jsonPath("$.callNow.phone").value("0300 126 7000"))
        .andExpect(jsonPath("$.alsoAvailable[0].phone").value("01604 626 938"));
  }

  @Test
  void otherSitesMayEmbedIt() throws Exception {
    mvc.perform(get("/api/v1/authorities/oxfordshire/contact-now").header("Origin", "https://school.example"))
        .andExpect(header().string("Access-Control-Allow-Origin", "*"));
  }

  @Test
  void unknownCouncilsAndAudiencesAreProblems() throws Exception {
    mvc.perform(get("/api/v1/authorities/atlantis/contact-now"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.status").value(404));
    mvc.perform(get("/api/v1/authorities/oxfordshire/contact-now").param("audience", "aliens"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("audience must be public or professional, not aliens"));
  }
}
