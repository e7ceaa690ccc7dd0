package uk.frontdoor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
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
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;

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

  /**
   * Every package that holds a controller, whatever it is called ({@code web}, {@code api},
   * {@code professional}, {@code staff}), is a web package: nothing outside it may depend on it.
   */
  @Test
  void domainCodeDoesNotDependOnTheWeb() {
    Set<String> webPackages =
        MAIN.stream()
            .filter(c -> c.isMetaAnnotatedWith(Controller.class) || c.isMetaAnnotatedWith(ControllerAdvice.class))
            .map(JavaClass::getPackageName)
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(webPackages)
        .as("the rule covers the controllers of every module, not only packages named web")
        .contains("uk.frontdoor.mash.web", "uk.frontdoor.referral.api", "uk.frontdoor.referral.professional");
    for (String web : webPackages) {
      noClasses()
          .that()
          .resideOutsideOfPackages(webPackages.toArray(String[]::new))
          .should()
          .dependOnClassesThat()
          .resideInAPackage(web)
          .because(web + " holds controllers: domain code must not depend on the web")
          .check(MAIN);
    }
  }
}
