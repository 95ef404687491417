package org.portcullis.app.task;

import java.time.Instant;
import org.portcullis.app.casefile.CaseSummary;

/** One task in an officer's inbox, with its due date (or null) and the case it is about. */
public record InboxRow(String taskId, String taskName, Instant created, Instant due, String assignee,
        CaseSummary caseSummary) {
}
