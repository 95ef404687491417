package org.portcullis.processes.inbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.portcullis.model.assessment.Lane;
import org.portcullis.model.assessment.Outcome;

/**
 * What an officer asks of the inbox: whose tasks, which cases (port, vessel, lane, outcome, ETA window, deadline
 * window) and in which order. Null case filters do not filter.
 *
 * @param decisionMargin a task without a due date of its own is due this long before the ship's ETA
 * @param dueSoon how far ahead of {@code now} a deadline counts as due soon
 */
public record InboxCriteria(String userId, List<String> groups, Scope scope, String portCode, String vesselText,
        Lane lane, Outcome outcome, Instant etaFrom, Instant etaTo, DeadlineWindow deadline, Instant now,
        Duration dueSoon, Duration decisionMargin, InboxSort sort, boolean descending) {

    /** Whose tasks: those assigned to the officer, those offered to the officer's groups, or both. */
    public enum Scope { ALL, MINE, GROUPS }

    /** Which deadlines: any, passed, or coming within the due-soon window. */
    public enum DeadlineWindow { ANY, OVERDUE, DUE_SOON }

    public InboxCriteria {
        Objects.requireNonNull(userId, "userId");
        groups = List.copyOf(groups);
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(sort, "sort");
    }
}
