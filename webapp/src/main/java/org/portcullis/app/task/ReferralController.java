package org.portcullis.app.task;

import jakarta.validation.Valid;
import org.portcullis.app.security.Officer;
import org.portcullis.model.clearance.OfficerDecision;
import org.portcullis.processes.clearance.ClearanceService;
import org.portcullis.processes.clearance.TaskNotOpenException;
import org.portcullis.processes.clearance.TaskNotYoursException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The decision on a referral: release, hold or inspection, always with a reason. */
@Controller
class ReferralController {

    private final TaskPages pages;
    private final ClearanceService clearance;
    private final DecisionRefusals refusals;

    ReferralController(TaskPages pages, ClearanceService clearance, DecisionRefusals refusals) {
        this.pages = pages;
        this.clearance = clearance;
        this.refusals = refusals;
    }

    @PostMapping("/tasks/{taskId}/decision")
    String decide(@PathVariable String taskId, @Valid @ModelAttribute("decisionForm") DecisionForm form,
            BindingResult binding, @AuthenticationPrincipal Officer officer, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            String view = pages.show(taskId, model);
            return view != null ? view : refusals.taskGone(taskId, officer, redirect);
        }
        try {
            OfficerDecision decision = clearance.decideReferral(taskId, form.getDecision(), form.getReason().strip(),
                    officer.userId(), officer.groups());
            redirect.addFlashAttribute("flash", FlashMessage.success("decision.recorded",
                    decision.decision().name(), decision.mrn().value()));
            return "redirect:/tasks";
        } catch (TaskNotOpenException e) {
            return refusals.taskGone(taskId, officer, redirect);
        } catch (TaskNotYoursException e) {
            redirect.addFlashAttribute("flash", FlashMessage.warning("task.notYours"));
            return "redirect:/tasks/" + taskId;
        }
    }

    /** A reload or a language switch on a re-shown form lands here: show the task again. */
    @GetMapping("/tasks/{taskId}/decision")
    String showAgain(@PathVariable String taskId) {
        return "redirect:/tasks/" + taskId;
    }
}
