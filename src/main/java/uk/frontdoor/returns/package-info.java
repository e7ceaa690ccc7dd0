/**
 * Statutory returns: the children in need census for a collection year, built from casework's
 * records through its published API and checked by the DfE's validation rules before it leaves;
 * Ofsted's Annex A lists; the daily children's social care data extract. Returns only read:
 * nothing here writes to another module's tables, and it holds none of its own but the extract's
 * marks (what was last seen and delivered) and the audit of each download and send.
 * The dashboards read the MASH's contacts, casework's census records and the LADO's resolved
 * allegations the same way, as figures, and name contacts' sources by referral's routes.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Returns",
    allowedDependencies = {"platform", "authority", "audit", "identity", "casework", "people", "mash", "lado", "referral"})
package uk.frontdoor.returns;
