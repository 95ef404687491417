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

/** A task of any kind: its page (case file and form), claim and give back. */
@Controller
class TaskController {

    private final TaskPages pages;
    private final OfficerDecisions officers;
    private final DecisionRefusals refusals;

    TaskController(TaskPages pages, OfficerDecisions officers, DecisionRefusals refusals) {
        this.pages = pages;
        this.officers = officers;
        this.refusals = refusals;
    }

    @GetMapping("/tasks/{taskId}")
    String show(@PathVariable String taskId, @AuthenticationPrincipal Officer officer, Model model,
            RedirectAttributes redirect) {
        String view = pages.show(taskId, officer, model);
        return view != null ? view : refusals.taskGone(taskId, officer, redirect);
    }

    @PostMapping("/tasks/{taskId}/claim")
    String claim(@PathVariable String taskId, @AuthenticationPrincipal Officer officer, RedirectAttributes redirect) {
        try {
            officers.claim(taskId, officer.userId(), officer.groups());
        } catch (TaskNotOpenException e) {
            return refusals.taskGone(taskId, officer, redirect);
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
            redirect.addFlashAttribute("flash", FlashMessage.success("task.givenBack"));
        } catch (TaskNotOpenException e) {
            return refusals.taskGone(taskId, officer, redirect);
        } catch (TaskNotYoursException e) {
            redirect.addFlashAttribute("flash", FlashMessage.warning("task.notYours"));
        }
        return "redirect:/tasks";
    }
}
