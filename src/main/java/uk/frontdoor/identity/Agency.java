package uk.frontdoor.identity;

import java.util.List;
import uk.frontdoor.platform.Labelled;

/**
 * The agency a member of staff works for: children's social care, or one of the partner agencies
 * a MASH asks for information. Stored by its name. Each council gives its partner agencies their
 * own names and nominated leads (in {@code mash}'s settings); these are the kinds it chooses from.
 */
public enum Agency implements Labelled {
  SOCIAL_CARE,
  POLICE,
  PROBATION,
  HEALTH,
  EDUCATION;

  /** The partner agencies a MASH may ask, in the order its pages list them. */
  public static final List<Agency> PARTNERS = List.of(POLICE, PROBATION, HEALTH, EDUCATION);

  /** Whether a MASH may ask this agency for information. */
  public boolean partner() {
    return PARTNERS.contains(this);
  }
}
