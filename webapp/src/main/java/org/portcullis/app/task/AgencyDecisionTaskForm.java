package org.portcullis.app.task;

import org.portcullis.processes.clearance.AgencyDecisions;
import org.portcullis.processes.clearance.ClearanceVariables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.ui.Model;

/**
 * The form of an agency's referral (port health, maritime authority, border police), and of one escalated to the
 * agency's supervisors: clear, clear with conditions or hold, always with a reason.
 */
final class AgencyDecisionTaskForm implements TaskForm {

    private final String taskDefinitionKey;

    AgencyDecisionTaskForm(String taskDefinitionKey) {
        this.taskDefinitionKey = taskDefinitionKey;
    }

    @Override
    public String taskDefinitionKey() {
        return taskDefinitionKey;
    }

    @Override
    public String template() {
        return "tasks/agency-decision";
    }

    @Override
    public void prepare(Model model) {
        if (!model.containsAttribute(DecisionController.FORM)) {
            model.addAttribute(DecisionController.FORM, new DecisionForm());
        }
        model.addAttribute("decisions", AgencyDecisions.DECISIONS);
    }

    /** The two decision tasks of the agencies' paths. */
    @Configuration(proxyBeanMethods = false)
    static class AgencyDecisionTasks {

        @Bean
        TaskForm agencyReferralForm() {
            return new AgencyDecisionTaskForm(ClearanceVariables.REVIEW_AGENCY_REFERRAL_TASK);
        }

        @Bean
        TaskForm escalatedAgencyReferralForm() {
            return new AgencyDecisionTaskForm(ClearanceVariables.REVIEW_ESCALATED_AGENCY_REFERRAL_TASK);
        }
    }
}
