package uk.frontdoor.publicsite.web;

import java.util.Arrays;
import java.util.Optional;
import uk.frontdoor.authority.Audience;

/** Who is worried: each has its own route through the report-a-concern pages. */
enum Reporter {
  MEMBER_OF_THE_PUBLIC(
      "member-of-the-public",
      "I’m a member of the public, a relative, friend or neighbour",
      "You’re worried about a child you know or have seen.",
      Audience.PUBLIC),
  CHILD_OR_YOUNG_PERSON(
      "child-or-young-person",
      "I’m a child or young person and I’m worried about myself",
      "Someone is hurting you, or you do not feel safe at home.",
      Audience.PUBLIC),
  PARENT_OR_CARER(
      "parent-or-carer",
      "I’m a parent or carer and I’m worried I might harm my child",
      "You feel you are harming your child, or close to it, and want help.",
      Audience.PUBLIC),
  PROFESSIONAL(
      "professional",
      "I’m a professional working with children or families",
      "For example a teacher, GP, health visitor, nurse, police officer or housing officer.",
      Audience.PROFESSIONAL),
  ADULT_WHO_WORKS_WITH_CHILDREN(
      "adult-who-works-with-children",
      "I’m worried about an adult who works or volunteers with children",
      "For example a teacher, youth worker, sports coach, carer or volunteer.",
      Audience.PROFESSIONAL);

  private final String path;
  private final String label;
  private final String hint;
  private final Audience audience;

  Reporter(String path, String label, String hint, Audience audience) {
    this.path = path;
    this.label = label;
    this.hint = hint;
    this.audience = audience;
  }

  static Optional<Reporter> fromPath(String path) {
    return Arrays.stream(values()).filter(r -> r.path.equals(path)).findFirst();
  }

  public String path() {
    return path;
  }

  public String label() {
    return label;
  }

  public String hint() {
    return hint;
  }

  public Audience audience() {
    return audience;
  }
}
