/**
 * Children, adults and households known to a council: identifiers, history at a glance, and
 * candidate matches for the people named in a new contact, each with a score and its reasons, for a
 * worker to link or create. Nothing is merged without a worker's recorded decision.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "authority"})
package uk.frontdoor.people;
