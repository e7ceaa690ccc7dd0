/**
 * Messages to people: written to an outbox in the transaction of the change they report, then
 * sent through GOV.UK Notify, SMTP or (by default) the log.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "authority"})
package uk.frontdoor.notification;
