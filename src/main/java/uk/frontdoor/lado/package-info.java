/**
 * Allegations against adults who work with children, managed by the council's Local Authority
 * Designated Officer (LADO) from referral to outcome. Concerns about such adults come here, not
 * to the MASH.
 *
 * <p>Read by other modules: {@link uk.frontdoor.lado.LadoReport} (the annual report's counts, and
 * {@code resolved}, when each allegation resolved in a period arrived and was resolved, for the
 * returns module's dashboards), numbers only, nothing about an adult or a child.
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
