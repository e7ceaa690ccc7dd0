package uk.frontdoor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("uk.frontdoor");

  @Test
  void timeComesOnlyFromTheClockBean() {
    ArchRule rule =
        noClasses()
            .should()
            .callMethod(Instant.class, "now")
            .orShould()
            .callMethod(LocalDate.class, "now")
            .orShould()
            .callMethod(LocalDateTime.class, "now")
            .orShould()
            .callMethod(LocalTime.class, "now")
            .orShould()
            .callMethod(ZonedDateTime.class, "now")
            .orShould()
            .callMethod(OffsetDateTime.class, "now")
            .orShould()
            .callMethod(System.class, "currentTimeMillis")
            .because("deadlines must be testable on a fixed clock: use the Clock bean");
    rule.check(MAIN);
  }

  @Test
  void onlyTheClockConfigurationChoosesTheSystemClock() {
    noClasses()
        .that()
        .doNotHaveSimpleName("ClockConfiguration")
        .should()
        .callMethod(Clock.class, "systemUTC")
        .orShould()
        .callMethod(Clock.class, "systemDefaultZone")
        .check(MAIN);
  }

  @Test
  void domainCodeDoesNotDependOnTheWeb() {
    noClasses()
        .that()
        .resideOutsideOfPackage("uk.frontdoor..web..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("uk.frontdoor..web..")
        .check(MAIN);
  }
}
