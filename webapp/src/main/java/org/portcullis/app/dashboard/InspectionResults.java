package org.portcullis.app.dashboard;

import java.time.Instant;
import java.util.Map;

/**
 * Port: the results of physical inspections, per rule that led to them. Implemented where inspection results are
 * recorded (the inspection steps of the workflow); until a bean exists the dashboard shows the inspections ordered
 * per rule and says that no results are recorded yet.
 */
public interface InspectionResults {

    /** For each rule id: how many inspections of cases it fired on found something, and how many found nothing. */
    Map<String, Tally> perRule(Instant registeredFrom);

    /** Inspections that found something and that found nothing. */
    record Tally(long found, long nothingFound) {
    }
}
