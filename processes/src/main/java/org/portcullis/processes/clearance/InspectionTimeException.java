package org.portcullis.processes.clearance;

import java.time.Instant;

/** The inspection time cannot be: it has passed, or it lies before the vessel's arrival without that being meant. */
public class InspectionTimeException extends IllegalArgumentException {

    /** What is wrong with the time. */
    public enum Problem {
        /** The time is not ahead of now. */
        PASSED,
        /** The time lies before the vessel's arrival (ETA, or the reported arrival) and that was not confirmed. */
        BEFORE_ARRIVAL
    }

    private final Problem problem;
    private final transient Instant limit;

    public InspectionTimeException(Problem problem, Instant scheduledFor, Instant limit) {
        super("an inspection at " + scheduledFor + " cannot be scheduled: " + problem + " (" + limit + ")");
        this.problem = problem;
        this.limit = limit;
    }

    public Problem problem() {
        return problem;
    }

    /** Now (for a time that passed) or the vessel's arrival (for a time before it). */
    public Instant limit() {
        return limit;
    }
}
