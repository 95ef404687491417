package org.portcullis.app.task;

import jakarta.validation.Valid;
import org.portcullis.app.security.Officer;
import org.portcullis.model.clearance.OfficerDecision;
import org.portcullis.model.clearance.ReferralDecision;
import org.portcullis.processes.clearance.OfficerDecisions;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A decision with its internal reason and optional message to the carrier on a referral, an escalated referral or a
 * documentary check.
 */
@Controller
class DecisionController {

    static final String FORM = "decisionForm";

    private final OfficerDecisions officers;
    private final TaskWork work;

    DecisionController(OfficerDecisions officers, TaskWork work) {
        this.officers = officers;
        this.work = work;
    }

    @PostMapping("/tasks/{taskId}/decision")
    String decide(@PathVariable String taskId, @Valid @ModelAttribute(FORM) DecisionForm form, BindingResult binding,
            @AuthenticationPrincipal Officer officer, RedirectAttributes redirect) {
        if (form.getDecision() == ReferralDecision.REQUEST_INFORMATION && form.carrierMessageOrNull() == null
                && !binding.hasFieldErrors("carrierMessage")) {
            binding.rejectValue("carrierMessage", "decision.carrierMessage.questionRequired");
        }
        if (binding.hasErrors()) {
            return work.refused(taskId, FORM, form, binding, redirect);
        }
        try {
            return work.submit(taskId, officer, redirect, () -> {
                OfficerDecision decision = officers.decide(taskId, form.getDecision(), form.getReason().strip(),
                        form.carrierMessageOrNull(), officer.userId(), officer.groups());
                return FlashMessage.success("decision.recorded",
                        FlashMessage.label("decision." + decision.decision().name()), decision.mrn().value());
            });
        } catch (IllegalArgumentException notADecisionOnThisTask) {
            binding.rejectValue("decision", "decision.notAllowed");
            return work.refused(taskId, FORM, form, binding, redirect);
        }
    }
}
