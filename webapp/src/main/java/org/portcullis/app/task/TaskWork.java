package org.portcullis.app.task;

import java.util.function.Supplier;
import org.portcullis.processes.clearance.TaskNotOpenException;
import org.portcullis.processes.clearance.TaskNotYoursException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Does an officer's work on a task and goes back to the inbox with what came of it. */
final class TaskWork {

    private TaskWork() {
    }

    static String thenInbox(RedirectAttributes redirect, Supplier<FlashMessage> work) {
        try {
            redirect.addFlashAttribute("flash", work.get());
        } catch (TaskNotOpenException e) {
            redirect.addFlashAttribute("flash", FlashMessage.warning("task.notOpen"));
        } catch (TaskNotYoursException e) {
            redirect.addFlashAttribute("flash", FlashMessage.warning("task.notYours"));
        }
        return "redirect:/tasks";
    }
}
