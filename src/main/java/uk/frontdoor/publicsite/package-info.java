/**
 * The public pages: find your council, immediate danger first, who is worried and the number to
 * call now, what abuse is and what happens next, and the threshold guide for professionals.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"platform", "authority"},
    displayName = "Public site")
package uk.frontdoor.publicsite;
