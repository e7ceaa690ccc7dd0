/**
 * A council's own details, run by its administrator in the product: numbers, emails, office hours,
 * teams, the threshold guide and the guidance pages' wording, each change a version with the moment
 * it takes effect (ADR 0018); its special days; and newer bank holidays from GOV.UK. The details
 * themselves are the authority module's: this module is their pages and the audit of each change.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Council details",
    allowedDependencies = {"platform", "authority", "identity", "audit"})
package uk.frontdoor.council;
