/**
 * Messages to people: written to an outbox in the transaction of the change they report, then
 * sent through GOV.UK Notify, SMTP or (by default) the log.
 */
package uk.frontdoor.notification;
