/**
 * Statutory returns: the children in need census for a collection year, built from casework's
 * records through its published API and checked by the DfE's validation rules before it leaves.
 * Returns only read: nothing here writes to another module's tables, and it holds none of its own
 * but the audit of each download.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Returns",
    allowedDependencies = {"platform", "authority", "audit", "identity", "casework", "people", "mash"})
package uk.frontdoor.returns;
