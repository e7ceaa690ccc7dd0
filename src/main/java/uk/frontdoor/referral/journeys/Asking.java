package uk.frontdoor.referral.journeys;

import java.time.LocalDate;
import java.util.function.Predicate;
import uk.frontdoor.authority.Authority;

/**
 * What a referral journey's rules need besides the answers.
 *
 * @param today the council's date now, for dates of birth and expected dates
 * @param phoneCallKnown whether a reference is one of the council's recorded phone calls
 */
public record Asking(Authority authority, LocalDate today, Predicate<String> phoneCallKnown) {

  public Asking(Authority authority, LocalDate today) {
    this(authority, today, reference -> false);
  }
}
