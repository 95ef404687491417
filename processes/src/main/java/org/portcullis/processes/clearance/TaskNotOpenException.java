package org.portcullis.processes.clearance;

/** The task was decided already (by this officer, another one, or a double click) or never existed. */
public class TaskNotOpenException extends RuntimeException {

    public TaskNotOpenException(String taskId) {
        super("task " + taskId + " is no longer open");
    }
}
