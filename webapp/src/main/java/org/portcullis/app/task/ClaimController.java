package org.portcullis.app.task;

import org.portcullis.app.security.Officer;
import org.portcullis.processes.clearance.TaskClaims;
import org.portcullis.processes.clearance.TaskNotOpenException;
import org.portcullis.processes.clearance.TaskNotYoursException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Supervisors giving another officer's claim back to the groups, or handing a task on to another officer. */
@Controller
class ClaimController {

    private final TaskClaims claims;
    private final DecisionRefusals refusals;

    ClaimController(TaskClaims claims, DecisionRefusals refusals) {
        this.claims = claims;
        this.refusals = refusals;
    }

    @PostMapping("/tasks/{taskId}/release-claim")
    String release(@PathVariable String taskId, @AuthenticationPrincipal Officer supervisor,
            RedirectAttributes redirect) {
        return steer(taskId, supervisor, redirect, () -> {
            claims.release(taskId, supervisor.userId(), supervisor.groups());
            return FlashMessage.success("task.claimReleased");
        });
    }

    @PostMapping("/tasks/{taskId}/hand-on")
    String handOn(@PathVariable String taskId, @RequestParam(defaultValue = "") String officer,
            @AuthenticationPrincipal Officer supervisor, RedirectAttributes redirect) {
        return steer(taskId, supervisor, redirect, () -> {
            try {
                claims.reassign(taskId, officer, supervisor.userId(), supervisor.groups());
                return FlashMessage.success("task.handedOn", officer);
            } catch (IllegalArgumentException notOfTheTasksGroups) {
                return FlashMessage.warning("task.handOnRefused");
            }
        });
    }

    private String steer(String taskId, Officer supervisor, RedirectAttributes redirect,
            java.util.function.Supplier<FlashMessage> change) {
        try {
            redirect.addFlashAttribute("flash", change.get());
        } catch (TaskNotOpenException e) {
            return refusals.taskGone(taskId, supervisor, redirect);
        } catch (TaskNotYoursException e) {
            redirect.addFlashAttribute("flash", FlashMessage.warning("task.notYours"));
        }
        return "redirect:/tasks/" + taskId;
    }
}
