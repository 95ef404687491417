package org.portcullis.app.task;

import java.time.Instant;
import java.util.List;
import org.portcullis.casework.cases.CaseSummary;

/**
 * One task in an officer's inbox, with the case it is about and its deadline: the task's own due date, or else
 * the ship's ETA less the decision margin (decide before arrival); the agencies other findings of the case's latest
 * assessment are for (the border police for the trafficking indicators). The task key (its BPMN id) names the task
 * in the reader's language ({@code step.<key>} in the bundles).
 */
public record InboxRow(String taskId, String taskName, Instant created, String assignee, Instant deadline,
        CaseSummary caseSummary, String taskKey, List<String> agencies) {

    public InboxRow {
        agencies = agencies == null ? List.of() : List.copyOf(agencies);
    }

    /** A row whose case has no finding for another agency. */
    public InboxRow(String taskId, String taskName, Instant created, String assignee, Instant deadline,
            CaseSummary caseSummary, String taskKey) {
        this(taskId, taskName, created, assignee, deadline, caseSummary, taskKey, List.of());
    }
}
