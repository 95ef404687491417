package org.portcullis.app.task;

import java.time.Instant;
import org.portcullis.app.casefile.CaseSummary;

/** One task in an officer's inbox, with the case it is about. */
public record InboxRow(String taskId, String taskName, Instant created, String assignee, CaseSummary caseSummary) {
}
