package uk.frontdoor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import uk.frontdoor.casework.ClosureReason;
import uk.frontdoor.casework.Conference;
import uk.frontdoor.casework.PreProceeding;
import uk.frontdoor.identity.Agency;
import uk.frontdoor.lado.Finding;
import uk.frontdoor.mash.Outcome;

/** Every {@link Labelled} constant has its words in labels.properties, and every word there a constant (ADR 0020). */
class LabelledTest {

  private static final List<JavaClass> ENUMS =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("uk.frontdoor")
          .stream()
          .filter(JavaClass::isEnum)
          .toList();

  @Test
  void everyLabelledConstantHasWordsAndEveryWordsAConstant() {
    Set<String> keys = new TreeSet<>(Labels.all().stringPropertyNames());
    List<String> missing = new ArrayList<>();
    Map<String, Set<String>> parts = new TreeMap<>();
    for (Labelled constant : constants()) {
      String key = Labels.key(constant);
      if (!keys.remove(key) || constant.label().isBlank()) {
        missing.add(key);
      }
      Set<String> mine = new TreeSet<>();
      keys.removeIf(k -> k.startsWith(key + ".") && mine.add(k.substring(key.length() + 1)));
      parts.computeIfAbsent(constant.getDeclaringClass().getName(), type -> new TreeSet<>(mine));
      if (!parts.get(constant.getDeclaringClass().getName()).equals(mine)) {
        missing.add(key + " (not the same other words as the enum's first constant: " + mine + ")");
      }
    }
    assertThat(missing).as("constants without words in " + Labels.FILE).isEmpty();
    assertThat(keys).as("words in " + Labels.FILE + " that no constant has").isEmpty();
    assertThat(constants()).hasSizeGreaterThan(200);
  }

  /** The module platform itself stands on, which cannot use Labelled without a cycle (ADR 0020). */
  private static final String BELOW_PLATFORM = "uk.frontdoor.authority";

  @Test
  void anEnumWithWordsKeepsThemInTheFileNotInAField() {
    List<String> withWordsOfTheirOwn =
        ENUMS.stream()
            .filter(type -> !type.getPackageName().equals(BELOW_PLATFORM))
            .filter(type -> type.getFields().stream().anyMatch(f -> f.getName().equals("label")))
            .map(JavaClass::getName)
            .toList();
    assertThat(withWordsOfTheirOwn).as("enums with a label field instead of Labelled (ADR 0020)").isEmpty();
  }

  @Test
  void wordsAreReadByWhereTheEnumLivesSoNestedEnumsOfTheSameNameDiffer() {
    assertThat(Conference.Decision.PLAN.label()).isEqualTo("A child protection plan");
    assertThat(PreProceeding.Decision.END_PRE_PROCEEDINGS.label()).isEqualTo("End pre-proceedings");
    assertThat(Agency.SOCIAL_CARE.label()).isEqualTo("Children’s social care");
    assertThat(Finding.FALSE.meaning()).isEqualTo("There is sufficient evidence to disprove the allegation");
    assertThat(Outcome.EARLY_HELP.forReferrer()).endsWith("from the council’s early help services.");
  }

  @Test
  void aStoredCodeIsFoundExactlyAndSaidInWordsEvenWithoutAConstant() {
    assertThat(Labelled.named(Agency.class, "POLICE")).contains(Agency.POLICE);
    assertThat(Labelled.named(Agency.class, "police")).isEmpty();
    assertThat(Labelled.named(Agency.class, null)).isEmpty();
    assertThat(Labelled.words(Agency.class, "HEALTH")).isEqualTo("Health");
    assertThat(Labelled.words(Agency.class, "YOUTH_JUSTICE")).isEqualTo("Youth justice");
  }

  @Test
  void optionsKeepTheConstantsOrderAndCensusCodesComeFirst() {
    assertThat(Labelled.codedOptions(ClosureReason.values()))
        .containsEntry("RC1", "RC1 Adopted")
        .hasSize(9)
        .satisfies(options -> assertThat(options.keySet()).startsWith("RC1", "RC2"));
    assertThat(Labelled.options(Agency.values()).keySet())
        .containsExactly("SOCIAL_CARE", "POLICE", "PROBATION", "HEALTH", "EDUCATION");
  }

  private static List<Labelled> constants() {
    List<Labelled> constants = new ArrayList<>();
    for (JavaClass type : ENUMS) {
      Class<?> enumType = type.reflect();
      if (Labelled.class.isAssignableFrom(enumType)) {
        for (Object constant : enumType.getEnumConstants()) {
          constants.add((Labelled) constant);
        }
      }
    }
    return constants;
  }
}
