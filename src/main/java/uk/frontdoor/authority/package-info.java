/**
 * Councils as configuration: each authority's teams, numbers, office hours, postcode coverage and
 * threshold guide are data, and one {@link uk.frontdoor.authority.WorkingCalendar} answers every
 * question about working days and whether an office is open.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {},
    displayName = "Authority")
package uk.frontdoor.authority;
