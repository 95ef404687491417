package org.portcullis.processes.inbox;

import java.util.List;

/** One page of an officer's tasks: the page shown (within the pages there are) and how many tasks match in all. */
public record TaskPage(List<InboxTask> tasks, int page, int size, long total) {

    public TaskPage {
        tasks = List.copyOf(tasks);
    }
}
