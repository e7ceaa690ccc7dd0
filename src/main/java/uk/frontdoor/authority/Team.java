package uk.frontdoor.authority;

import java.util.Set;

/**
 * A team or service of an authority that people can contact.
 *
 * @param code stable code for other systems, such as {@code MASH}, {@code CAAS}, {@code EDT}
 * @param phone the number to call, or {@code null} where the council has not published one: a
 *     number is never invented
 * @param email the address to write to, or {@code null} where none is published
 * @param audiences who the line is for; empty means everyone
 * @param frontDoor whether this team takes new concerns about children (the MASH or its
 *     equivalent in office hours, the out-of-hours service otherwise)
 * @param hours the council's own words for when the team answers, for people to read
 * @param source where the number or email was found, for the council's administrator and
 *     reviewers when it is not on the council's own page; null when it is
 */
public record Team(
    String code,
    String name,
    String description,
    String phone,
    String email,
    Availability availability,
    Set<Audience> audiences,
    boolean frontDoor,
    String hours,
    String source) {

  public Team {
    audiences = audiences == null ? Set.of() : Set.copyOf(audiences);
    phone = blankToNull(phone);
    email = blankToNull(email);
  }

  public boolean phoneKnown() {
    return phone != null;
  }

  public boolean emailKnown() {
    return email != null;
  }

  /** The phone number as a {@code tel:} link target, digits only. */
  public String phoneHref() {
    return phone == null ? null : "tel:" + phone.replaceAll("[^0-9+]", "");
  }

  public boolean serves(Audience audience) {
    return audiences.isEmpty() || audiences.contains(audience);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
