package org.portcullis.processes.clearance;

import java.time.Instant;

/**
 * An inspection as a clerk plans it: where, when, by which inspecting officer, and whether a time before the
 * vessel's arrival is meant (the goods are inspected before they are discharged, say on board).
 */
public record InspectionPlan(String place, Instant scheduledFor, String inspector, boolean beforeArrival) {
}
