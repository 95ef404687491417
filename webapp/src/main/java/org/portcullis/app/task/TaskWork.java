package org.portcullis.app.task;

import java.util.function.Supplier;
import org.portcullis.app.security.Officer;
import org.portcullis.processes.clearance.TaskNotOpenException;
import org.portcullis.processes.clearance.TaskNotYoursException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How every task form's POST ends: always in a redirect (POST-redirect-GET), so that the browser's history holds no
 * POST to send again with the back button or a reload. A form with errors goes back to the task page with the form
 * and its errors in the flash; work done goes to the inbox with what came of it; work on a task that is no longer
 * open is refused and the officer is told honestly what became of the task.
 */
@Component
class TaskWork {

    private final DecisionRefusals refusals;

    TaskWork(DecisionRefusals refusals) {
        this.refusals = refusals;
    }

    /** Back to the task page, where the form shows again with its values and the fields to correct. */
    String refused(String taskId, String formName, Object form, BindingResult binding, RedirectAttributes redirect) {
        redirect.addFlashAttribute(formName, form);
        redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + formName, binding);
        return "redirect:/tasks/" + taskId;
    }

    /** Does the work (which completes the task) and goes to the inbox with its message. */
    String submit(String taskId, Officer officer, RedirectAttributes redirect, Supplier<FlashMessage> work) {
        try {
            redirect.addFlashAttribute("flash", work.get());
            return "redirect:/tasks";
        } catch (TaskNotOpenException e) {
            return refusals.taskGone(taskId, officer, redirect);
        } catch (TaskNotYoursException e) {
            redirect.addFlashAttribute("flash", FlashMessage.warning("task.notYours"));
            return "redirect:/tasks/" + taskId;
        }
    }
}
