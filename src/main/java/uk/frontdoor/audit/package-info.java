/**
 * The audit log: who saw or changed which case record, when and why; append-only and hash-chained
 * per council so that tampering is detectable.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform"})
package uk.frontdoor.audit;
