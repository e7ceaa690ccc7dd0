/** Council staff: who they are, which council and agency they belong to, their roles and sign-in. */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {
      "platform",
      "authority",
      "audit",
      "notification"
    })
package uk.frontdoor.identity;
