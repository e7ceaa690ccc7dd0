/**
 * Concerns about children as people report them: online forms for the public, children, parents
 * and professionals, referrals from partner systems by API, and phone contacts recorded by call
 * handlers. Every submission is stored durably with a reference before anyone is told "received",
 * and announced to the MASH with a {@link uk.frontdoor.referral.ConcernSubmitted} event.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {
      "platform",
      "authority",
      "audit",
      "identity",
      "notification",
      "people"
    })
package uk.frontdoor.referral;
