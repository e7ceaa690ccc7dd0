package uk.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.frontdoor.platform.workflow.State;
import uk.frontdoor.platform.workflow.Workflow;

/**
 * Writes each workflow's table and state diagram (Mermaid) into {@code docs/workflows/}, and fails
 * where the committed file differed from it, so that the docs never drift from the tables. After
 * changing a table, run this test once and commit what it wrote.
 */
class WorkflowDiagramsTest {

  private static final Path DOCS = Path.of("docs", "workflows");

  @Test
  void theCommittedDiagramsAreTheTables() throws Exception {
    Map<String, String> generated = new TreeMap<>();
    for (Field field : workflowFields()) {
      Workflow<?, ?> workflow = (Workflow<?, ?>) field.get(null);
      String where = field.getDeclaringClass().getName() + "." + field.getName();
      generated.put(fileName(workflow), markdown(workflow, where));
    }
    assertThat(generated).as("the workflows found").containsKeys("mash-contact.md", "referral.md", "lado-allegation.md");

    Files.createDirectories(DOCS);
    List<String> rewritten = new ArrayList<>();
    for (Map.Entry<String, String> doc : generated.entrySet()) {
      Path file = DOCS.resolve(doc.getKey());
      if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(doc.getValue())) {
        Files.writeString(file, doc.getValue(), StandardCharsets.UTF_8);
        rewritten.add(file.toString());
      }
    }
    assertThat(rewritten).as("diagrams that differed from their tables, now rewritten: commit them").isEmpty();
    try (Stream<Path> files = Files.list(DOCS)) {
      assertThat(files.map(f -> f.getFileName().toString()).collect(Collectors.toList()))
          .as("every file in " + DOCS + " is a workflow's")
          .containsExactlyInAnyOrderElementsOf(generated.keySet());
    }
  }

  /** Every static field of type Workflow in the application's classes. */
  private static List<Field> workflowFields() {
    List<Field> fields = new ArrayList<>();
    new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("uk.frontdoor")
        .forEach(
            c -> {
              for (JavaField field : c.getFields()) {
                if (field.getRawType().isEquivalentTo(Workflow.class) && field.getModifiers().contains(JavaModifier.STATIC)) {
                  Field reflected = field.reflect();
                  reflected.setAccessible(true);
                  fields.add(reflected);
                }
              }
            });
    return fields;
  }

  static String fileName(Workflow<?, ?> workflow) {
    return workflow.name().toLowerCase(Locale.UK).replaceAll("[^a-z0-9]+", "-") + ".md";
  }

  /** The workflow's page: its table, then its state diagram. */
  static String markdown(Workflow<?, ?> workflow, String where) {
    StringBuilder page = new StringBuilder();
    page.append("# ").append(capitalised(workflow.name())).append("\n\n");
    page.append("<!-- Written by WorkflowDiagramsTest from ").append(where)
        .append(". Do not edit: change the table, run the test, commit this file. -->\n\n");
    page.append("A ").append(workflow.name()).append(" arrives ").append(workflow.start().label())
        .append(" and moves only by the commands in this table (ADR 0013).\n\n");
    if (workflow.moves().isEmpty()) {
      page.append("It has no commands yet.\n\n");
    } else {
      page.append("| Command | From | To |\n|---|---|---|\n");
      for (Workflow.Move<?, ?> move : workflow.moves()) {
        page.append("| ").append(Workflow.words((Enum<?>) move.command())).append(" | ")
            .append(move.from().stream().map(s -> ((State) s).label()).collect(Collectors.joining(", ")))
            .append(" | ").append(((State) move.to()).label()).append(" |\n");
      }
      page.append("\n");
    }
    page.append("```mermaid\nstateDiagram-v2\n");
    for (State state : workflow.states()) {
      page.append("    state \"").append(state.label()).append("\" as ").append(state.name()).append("\n");
    }
    page.append("    [*] --> ").append(workflow.start().name()).append("\n");
    for (Workflow.Move<?, ?> move : workflow.moves()) {
      for (Object from : move.from()) {
        page.append("    ").append(((State) from).name()).append(" --> ").append(((State) move.to()).name())
            .append(": ").append(Workflow.words((Enum<?>) move.command())).append("\n");
      }
    }
    page.append("```\n");
    return page.toString();
  }

  private static String capitalised(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
