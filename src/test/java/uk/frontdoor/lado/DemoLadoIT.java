package uk.frontdoor.lado;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static uk.frontdoor.mash.MashTesting.as;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.frontdoor.IntegrationTest;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.mash.MashTesting;
import uk.frontdoor.referral.ReferralDocument;
import uk.frontdoor.referral.Referrals;

/**
 * Every demo council's LADO has allegations at every stage, each standing on a referral the
 * application reads whole, each opening on the LADO's page, and a year's worth in the report.
 */
@IntegrationTest
class DemoLadoIT {

  static final List<UUID> COUNCILS =
      List.of(1, 2, 3, 4, 5).stream().map(n -> UUID.fromString("00000000-0000-4000-8000-00000000000" + n)).toList();

  @Autowired Allegations allegations;
  @Autowired Referrals referrals;
  @Autowired LadoReport reports;
  @Autowired MockMvc mvc;

  @Test
  void everyCouncilsLadoHasAllegationsAtEveryStageThatOpen() throws Exception {
    for (UUID council : COUNCILS) {
      List<Allegation> demo = allegations.all(council).stream().filter(a -> a.reference().startsWith("DAMY-")).toList();
      Map<AllegationStatus, Long> byStatus = demo.stream().collect(Collectors.groupingBy(Allegation::status, Collectors.counting()));
      assertThat(byStatus).as("council %s", council)
          .containsEntry(AllegationStatus.NEW, 2L)
          .containsEntry(AllegationStatus.MANAGED, 3L)
          .containsKeys(AllegationStatus.CLOSED_WITH_ADVICE, AllegationStatus.CONCLUDED);
      assertThat(demo).hasSize(30);
      StaffUser lado = MashTesting.named("Demo LADO", council, "LADO");
      for (Allegation allegation : demo) {
        ReferralDocument document = referrals.document(council, allegation.referralId()).orElseThrow();
        assertThat(document.adult()).as(allegation.reference()).isNotNull();
        assertThat(document.adult().sector()).isNotNull();
        assertThat(document.adult().employerAwareAt()).isNotNull();
        assertThat(mvc.perform(get("/staff/lado/" + allegation.reference()).with(as(lado))).andReturn().getResponse().getStatus())
            .as(allegation.reference()).isEqualTo(200);
      }
      Map<Finding, Long> findings =
          demo.stream().filter(a -> a.status() == AllegationStatus.CONCLUDED)
              .map(a -> allegations.outcome(council, a.id()).orElseThrow().finding())
              .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
      assertThat(findings).as("every KCSIE outcome").containsKeys(Finding.values());
      LadoReport.Report year = reports.of(council, 2025);
      assertThat(year.tables().get(0).total()).as("a year's allegations in the report").isPositive();
    }
  }
}
