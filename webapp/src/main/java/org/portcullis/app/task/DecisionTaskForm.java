package org.portcullis.app.task;

import java.util.Set;
import org.portcullis.model.clearance.ReferralDecision;
import org.portcullis.processes.clearance.AgencyDecisions;
import org.portcullis.processes.clearance.ClearanceVariables;
import org.portcullis.processes.clearance.OfficerDecisions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.ui.Model;

/**
 * The form of a task that ends in an officer's decision with its reason: customs' referral, the referral escalated
 * to the supervisors and the documentary check, and an agency's referral and its escalation. Each offers the
 * decisions the workflow allows on it.
 */
final class DecisionTaskForm implements TaskForm {

    private final String taskDefinitionKey;
    private final String template;
    private final Set<ReferralDecision> decisions;

    DecisionTaskForm(String taskDefinitionKey, String template, Set<ReferralDecision> decisions) {
        this.taskDefinitionKey = taskDefinitionKey;
        this.template = template;
        this.decisions = decisions;
    }

    @Override
    public String taskDefinitionKey() {
        return taskDefinitionKey;
    }

    @Override
    public String template() {
        return template;
    }

    @Override
    public void prepare(Model model) {
        if (!model.containsAttribute(DecisionController.FORM)) {
            model.addAttribute(DecisionController.FORM, new DecisionForm());
        }
        model.addAttribute("decisions", decisions);
    }

    private static TaskForm customs(String taskDefinitionKey) {
        return new DecisionTaskForm(taskDefinitionKey, "tasks/decision",
                OfficerDecisions.decisionsFor(taskDefinitionKey));
    }

    private static TaskForm agency(String taskDefinitionKey) {
        return new DecisionTaskForm(taskDefinitionKey, "tasks/agency-decision", AgencyDecisions.DECISIONS);
    }

    /** The decision tasks of the clearance workflow: customs' three and the agencies' two. */
    @Configuration(proxyBeanMethods = false)
    static class DecisionTasks {

        @Bean
        TaskForm referralForm() {
            return customs(ClearanceVariables.REVIEW_REFERRAL_TASK);
        }

        @Bean
        TaskForm escalatedReferralForm() {
            return customs(ClearanceVariables.REVIEW_ESCALATED_REFERRAL_TASK);
        }

        @Bean
        TaskForm documentCheckForm() {
            return customs(ClearanceVariables.CHECK_DOCUMENTS_TASK);
        }

        @Bean
        TaskForm agencyReferralForm() {
            return agency(ClearanceVariables.REVIEW_AGENCY_REFERRAL_TASK);
        }

        @Bean
        TaskForm escalatedAgencyReferralForm() {
            return agency(ClearanceVariables.REVIEW_ESCALATED_AGENCY_REFERRAL_TASK);
        }
    }
}
