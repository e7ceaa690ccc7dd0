package uk.frontdoor.referral.internal;

import uk.frontdoor.authority.Postcode;
import uk.frontdoor.platform.FieldErrors;

/** A postcode typed into a referral's address, the same way on every route. */
public final class Postcodes {

  private Postcodes() {}

  /**
   * The postcode as the Royal Mail writes it ("ox16 5aa" becomes "OX16 5AA"), or null if none was
   * typed. One that is not a real postcode is given back as typed, so the page can show it again,
   * with an error against the field.
   */
  public static String tidy(String typed, FieldErrors errors) {
    String postcode = FieldErrors.clean(typed);
    if (postcode == null) {
      return null;
    }
    return Postcode.parse(postcode)
        .map(Postcode::value)
        .orElseGet(
            () -> {
              errors.add("postcode", "Enter a real postcode, like OX1 1AA, or leave it empty");
              return postcode;
            });
  }
}
