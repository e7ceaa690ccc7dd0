package uk.frontdoor.casework;

import java.util.UUID;

/**
 * A worker's caseload at a glance, for their manager.
 *
 * @param overdue episodes whose assessment is past its deadline
 */
public record Caseload(UUID workerId, String workerName, int children, int overdue) {}
