package uk.frontdoor.publicsite.web;

import java.util.Optional;
import uk.frontdoor.authority.Audience;
import uk.frontdoor.platform.Labelled;

/**
 * Who is worried: each has its own route through the report-a-concern pages. Its words, and the
 * hint below them ({@code text("hint")}), are in {@code labels.properties}.
 */
enum Reporter implements Labelled {
  MEMBER_OF_THE_PUBLIC("member-of-the-public", Audience.PUBLIC),
  CHILD_OR_YOUNG_PERSON("child-or-young-person", Audience.PUBLIC),
  PARENT_OR_CARER("parent-or-carer", Audience.PUBLIC),
  PROFESSIONAL("professional", Audience.PROFESSIONAL),
  ADULT_WHO_WORKS_WITH_CHILDREN("adult-who-works-with-children", Audience.PROFESSIONAL);

  private final String path;
  private final Audience audience;

  Reporter(String path, Audience audience) {
    this.path = path;
    this.audience = audience;
  }

  static Optional<Reporter> fromPath(String path) {
    return Labelled.byWord(values(), Reporter::path, path);
  }

  public String path() {
    return path;
  }

  public String hint() {
    return text("hint");
  }

  public Audience audience() {
    return audience;
  }
}
