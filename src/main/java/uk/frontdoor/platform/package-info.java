/**
 * What every module stands on: the clock, the database (embedded PostgreSQL when none is
 * configured), web security and headers, the page layout and error pages.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Platform",
    allowedDependencies = {"authority"},
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package uk.frontdoor.platform;
