/**
 * Casework after the MASH: one episode per child, from early help through child in need (Family
 * Help), opened by an authorised MASH decision, allocated by a team manager to a lead practitioner,
 * on each worker's caseload with its deadlines in working days, and closed with a CIN census
 * reason.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Casework",
    allowedDependencies = {
      "platform",
      "authority",
      "audit",
      "identity",
      "mash",
      "people",
      "referral"
    })
package uk.frontdoor.casework;
