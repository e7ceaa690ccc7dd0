package uk.frontdoor.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Staff read each answer under the question the referrer was asked: every label a route's stored
 * referral is shown with is a question on that route's own pages, so the two cannot drift apart.
 */
class QuestionLabelsTest {

  private static final Path TEMPLATES = Path.of("src/main/resources/templates/referral");

  private static String pages(String folderOrFile) throws IOException {
    Path path = TEMPLATES.resolve(folderOrFile);
    if (Files.isRegularFile(path)) {
      return Files.readString(path, StandardCharsets.UTF_8);
    }
    try (Stream<Path> files = Files.list(path)) {
      return files.filter(f -> f.toString().endsWith(".html"))
          .map(f -> {
            try {
              return Files.readString(f, StandardCharsets.UTF_8);
            } catch (IOException e) {
              throw new IllegalStateException(e);
            }
          })
          .collect(Collectors.joining("\n"));
    }
  }

  private static List<String> labels(QuestionLabels l) {
    return Stream.of(l.summary(), l.when(), l.evidence(), l.harm(), l.familyAware(), l.household(), l.agencyActions(),
            l.thresholdLevel(), l.consent(), l.relationship(), l.description())
        .filter(Objects::nonNull)
        .toList();
  }

  @Test
  void everyLabelIsAQuestionOnItsRoutesPages() throws IOException {
    String publicPages = pages("public");
    assertThat(labels(QuestionLabels.MEMBER_OF_PUBLIC)).allSatisfy(label -> assertThat(publicPages).contains("'" + label));
    String professionalPages = pages("professional");
    assertThat(labels(QuestionLabels.PROFESSIONAL)).allSatisfy(label -> assertThat(professionalPages).contains("'" + label));
    String phonePage = pages("staff/phone-contact.html");
    assertThat(labels(QuestionLabels.PHONE)).allSatisfy(label -> assertThat(phonePage).contains("'" + label));
  }

  @Test
  void eachReferralIsLabelledByTheWayItCame() {
    ReferralDocument professional =
        new ReferralDocument(Route.PROFESSIONAL, null, null, false, null, null, null, null, null, null, null, null, null, null, null);
    ReferralDocument shortRoute =
        new ReferralDocument(Route.CHILD, null, null, false, null, null, null, null, null, null, null, null, null,
            List.of(new ReferralDocument.Answer("Who is hurting you or making you feel unsafe?", "My uncle")), null);
    assertThat(QuestionLabels.of(professional, "ONLINE")).isEqualTo(QuestionLabels.PROFESSIONAL);
    assertThat(QuestionLabels.of(professional, "API")).isEqualTo(QuestionLabels.API);
    assertThat(QuestionLabels.of(professional, "PHONE")).isEqualTo(QuestionLabels.PHONE);
    assertThat(QuestionLabels.askedItsOwnQuestions(shortRoute)).isTrue();
    assertThat(QuestionLabels.askedItsOwnQuestions(professional)).isFalse();
  }
}
