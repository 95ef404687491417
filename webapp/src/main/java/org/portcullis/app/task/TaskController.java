package org.portcullis.app.task;

import org.portcullis.app.security.Officer;
import org.portcullis.processes.clearance.OfficerDecisions;
import org.portcullis.processes.clearance.TaskNotOpenException;
import org.portcullis.processes.clearance.TaskNotYoursException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Opening a task, claiming it and giving it back. */
@Controller
class TaskController {

    private final TaskPages pages;
    private final OfficerDecisions officers;

    TaskController(TaskPages pages, OfficerDecisions officers) {
        this.pages = pages;
        this.officers = officers;
    }

    @GetMapping("/tasks/{taskId}")
    String show(@PathVariable String taskId, Model model, RedirectAttributes redirect) {
        return pages.show(taskId, model, redirect);
    }

    @PostMapping("/tasks/{taskId}/claim")
    String claim(@PathVariable String taskId, @AuthenticationPrincipal Officer officer, RedirectAttributes redirect) {
        try {
            officers.claim(taskId, officer.userId(), officer.groups());
        } catch (TaskNotOpenException e) {
            redirect.addFlashAttribute("flash", FlashMessage.warning("task.notOpen"));
            return "redirect:/tasks";
        } catch (TaskNotYoursException e) {
            redirect.addFlashAttribute("flash", FlashMessage.warning("task.notYours"));
        }
        return "redirect:/tasks/" + taskId;
    }

    @PostMapping("/tasks/{taskId}/unclaim")
    String unclaim(@PathVariable String taskId, @AuthenticationPrincipal Officer officer,
            RedirectAttributes redirect) {
        try {
            officers.unclaim(taskId, officer.userId());
        } catch (TaskNotOpenException | TaskNotYoursException e) {
            redirect.addFlashAttribute("flash", FlashMessage.warning("task.notYours"));
        }
        return "redirect:/tasks";
    }
}
