package uk.frontdoor.authority;

/**
 * What a council tells professionals to do, in its own words.
 *
 * @param immediate what to do about an immediate safeguarding concern
 * @param nonImmediate what to do about a concern that is not immediate
 * @param nonImmediateTeamCode the team for non-immediate concerns, if the council names one
 */
public record ProfessionalAdvice(String immediate, String nonImmediate, String nonImmediateTeamCode) {}
