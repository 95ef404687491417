package org.portcullis.app.task;

import jakarta.validation.Valid;
import org.portcullis.app.security.Officer;
import org.portcullis.model.clearance.OfficerDecision;
import org.portcullis.processes.clearance.ClearanceService;
import org.portcullis.processes.clearance.TaskNotOpenException;
import org.portcullis.processes.clearance.TaskNotYoursException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The decision on a referral: release, hold or inspection, always with a reason. Every POST ends in a redirect,
 * a refused one too (the form and its errors travel in the flash), so that the browser's history holds no POST
 * to send again with the back button or a reload.
 */
@Controller
class ReferralController {

    private final ClearanceService clearance;
    private final DecisionRefusals refusals;

    ReferralController(ClearanceService clearance, DecisionRefusals refusals) {
        this.clearance = clearance;
        this.refusals = refusals;
    }

    @PostMapping("/tasks/{taskId}/decision")
    String decide(@PathVariable String taskId, @Valid @ModelAttribute("decisionForm") DecisionForm form,
            BindingResult binding, @AuthenticationPrincipal Officer officer, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            redirect.addFlashAttribute("decisionForm", form);
            redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + "decisionForm", binding);
            return "redirect:/tasks/" + taskId;
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

}
