package uk.frontdoor.casework;

import java.util.List;
import java.util.UUID;

/**
 * A worker's caseload at a glance, for their manager.
 *
 * @param overdue episodes whose assessment is past its deadline
 * @param teams the teams their open episodes are allocated to, by name
 */
public record Caseload(UUID workerId, String workerName, int children, int overdue, List<String> teams) {}
