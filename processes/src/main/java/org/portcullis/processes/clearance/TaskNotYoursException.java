package org.portcullis.processes.clearance;

/** The task is claimed by another officer, or offered to groups the officer is not in. */
public class TaskNotYoursException extends RuntimeException {

    public TaskNotYoursException(String taskId, String officer) {
        super("task " + taskId + " cannot be worked by " + officer);
    }
}
