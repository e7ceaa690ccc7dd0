package uk.frontdoor.lado;

import java.time.LocalDate;
import java.util.Map;
import uk.frontdoor.referral.ReferralDocument;

/**
 * The adult an allegation is about, as the LADO records them.
 *
 * @param otherRoles their other roles with children (a coach who is also a foster carer)
 */
public record Adult(String name, LocalDate dateOfBirth, String role, String employer, String sector, String otherRoles) {

  /** The sectors the LADO's annual report counts by. */
  public static final Map<String, String> SECTORS = ReferralDocument.AdultWhoWorksWithChildren.SECTORS;

  public String sectorWords() {
    return SECTORS.getOrDefault(sector, sector);
  }
}
