package uk.frontdoor.authority;

/**
 * A consultation with a social worker about a worry, without naming the child or family.
 *
 * @param offered whether this council offers it
 * @param teamCode the team to call for one
 * @param description the council's words on what it is for
 */
public record NoNamesConsultation(boolean offered, String teamCode, String description) {

  public static NoNamesConsultation notOffered() {
    return new NoNamesConsultation(false, null, null);
  }
}
