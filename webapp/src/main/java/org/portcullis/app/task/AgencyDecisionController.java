package org.portcullis.app.task;

import jakarta.validation.Valid;
import org.portcullis.app.security.Officer;
import org.portcullis.processes.clearance.AgencyDecisions;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An agency officer's decision with its reason: clear, clear with conditions, or hold. */
@Controller
class AgencyDecisionController {

    private final AgencyDecisions decisions;
    private final TaskWork work;

    AgencyDecisionController(AgencyDecisions decisions, TaskWork work) {
        this.decisions = decisions;
        this.work = work;
    }

    @PostMapping("/tasks/{taskId}/agency-decision")
    String decide(@PathVariable String taskId, @Valid @ModelAttribute(DecisionController.FORM) DecisionForm form,
            BindingResult binding, @AuthenticationPrincipal Officer officer, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return work.refused(taskId, DecisionController.FORM, form, binding, redirect);
        }
        try {
            return work.submit(taskId, officer, redirect, () -> {
                decisions.decide(taskId, form.getDecision(), form.getReason().strip(), officer.userId(),
                        officer.groups());
                return FlashMessage.success("agencyDecision.recorded", form.getDecision().name());
            });
        } catch (IllegalArgumentException notAnAgencyDecision) {
            binding.rejectValue("decision", "decision.notAllowed");
            return work.refused(taskId, DecisionController.FORM, form, binding, redirect);
        }
    }
}
