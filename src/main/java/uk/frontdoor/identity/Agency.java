package uk.frontdoor.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The agency a member of staff works for: children's social care, or one of the partner agencies
 * a MASH asks for information. Stored by its name. Each council gives its partner agencies their
 * own names and nominated leads (in {@code mash}'s settings); these are the kinds it chooses from.
 */
public enum Agency {
  SOCIAL_CARE("Children’s social care"),
  POLICE("Police"),
  PROBATION("Probation"),
  HEALTH("Health"),
  EDUCATION("Education");

  /** The partner agencies a MASH may ask, in the order its pages list them. */
  public static final List<Agency> PARTNERS = List.of(POLICE, PROBATION, HEALTH, EDUCATION);

  private final String label;

  Agency(String label) {
    this.label = label;
  }

  /** The plain name of the kind of agency: "Police". */
  public String label() {
    return label;
  }

  /** Whether a MASH may ask this agency for information. */
  public boolean partner() {
    return PARTNERS.contains(this);
  }

  /** The agency stored or posted under this name; empty for none or a name not known. */
  public static Optional<Agency> of(String name) {
    return Arrays.stream(values()).filter(a -> a.name().equals(name)).findFirst();
  }
}
