package org.portcullis.app.task;

import org.portcullis.processes.clearance.ClearanceVariables;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The form of Task_ReviewReferral: the clerk's decision and its reason. */
@Component
class ReferralTaskForm implements TaskForm {

    @Override
    public String taskDefinitionKey() {
        return ClearanceVariables.REVIEW_REFERRAL_TASK;
    }

    @Override
    public String template() {
        return "tasks/referral";
    }

    @Override
    public void prepare(OfficerTasks.OpenTask task, Model model) {
        if (!model.containsAttribute("decisionForm")) {
            model.addAttribute("decisionForm", new DecisionForm());
        }
    }
}
