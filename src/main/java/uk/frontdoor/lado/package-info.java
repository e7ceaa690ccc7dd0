/**
 * Allegations against adults who work with children, managed by the council's Local Authority
 * Designated Officer (LADO) from referral to outcome. Concerns about such adults come here, not
 * to the MASH.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {
      "platform",
      "authority",
      "audit",
      "identity",
      "casework",
      "mash",
      "referral"
    })
package uk.frontdoor.lado;
