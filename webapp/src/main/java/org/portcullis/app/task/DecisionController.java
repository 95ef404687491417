package org.portcullis.app.task;

import jakarta.validation.Valid;
import org.portcullis.app.security.Officer;
import org.portcullis.model.clearance.OfficerDecision;
import org.portcullis.processes.clearance.OfficerDecisions;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A decision with its reason on a referral, an escalated referral or a documentary check. */
@Controller
class DecisionController {

    private final TaskPages pages;
    private final OfficerDecisions officers;

    DecisionController(TaskPages pages, OfficerDecisions officers) {
        this.pages = pages;
        this.officers = officers;
    }

    @PostMapping("/tasks/{taskId}/decision")
    String decide(@PathVariable String taskId, @Valid @ModelAttribute("decisionForm") DecisionForm form,
            BindingResult binding, @AuthenticationPrincipal Officer officer, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return pages.show(taskId, model, redirect);
        }
        try {
            return TaskWork.thenInbox(redirect, () -> {
                OfficerDecision decision = officers.decide(taskId, form.getDecision(), form.getReason().strip(),
                        officer.userId(), officer.groups());
                return FlashMessage.success("decision.recorded", decision.decision().name(), decision.mrn().value());
            });
        } catch (IllegalArgumentException notADecisionOnThisTask) {
            binding.rejectValue("decision", "decision.notAllowed");
            return pages.show(taskId, model, redirect);
        }
    }
}
