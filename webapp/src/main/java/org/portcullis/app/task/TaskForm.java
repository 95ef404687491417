package org.portcullis.app.task;

import org.springframework.ui.Model;

/**
 * The form that works one kind of user task of the workflow. The task page shows the case file and, beside it,
 * the form of the task's kind; a workflow step that adds a user task adds a bean of this type, a template with a
 * {@code form} fragment under {@code templates/tasks/}, and a controller for the form's POST.
 */
public interface TaskForm {

    /** The BPMN id of the user task this form works, e.g. {@code Task_ReviewReferral}. */
    String taskDefinitionKey();

    /** The template that holds the form as its {@code form} fragment, e.g. {@code tasks/referral}. */
    String template();

    /** Adds what the form shows (its empty form object, options) unless a failed submission put it there. */
    void prepare(Model model);
}
