package org.portcullis.app.task;

import org.portcullis.processes.clearance.ClearanceVariables;
import org.portcullis.processes.clearance.OfficerDecisions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.ui.Model;

/**
 * The form of a task that ends in an officer's decision with its reason: the clerks' referral, the referral
 * escalated to the supervisors, and the documentary check. Each offers the decisions the workflow allows on it.
 */
final class DecisionTaskForm implements TaskForm {

    private final String taskDefinitionKey;

    DecisionTaskForm(String taskDefinitionKey) {
        this.taskDefinitionKey = taskDefinitionKey;
    }

    @Override
    public String taskDefinitionKey() {
        return taskDefinitionKey;
    }

    @Override
    public String template() {
        return "tasks/decision";
    }

    @Override
    public void prepare(Model model) {
        if (!model.containsAttribute(DecisionController.FORM)) {
            model.addAttribute(DecisionController.FORM, new DecisionForm());
        }
        model.addAttribute("decisions", OfficerDecisions.decisionsFor(taskDefinitionKey));
    }

    /** The three decision tasks of the clearance workflow. */
    @Configuration(proxyBeanMethods = false)
    static class DecisionTasks {

        @Bean
        TaskForm referralForm() {
            return new DecisionTaskForm(ClearanceVariables.REVIEW_REFERRAL_TASK);
        }

        @Bean
        TaskForm escalatedReferralForm() {
            return new DecisionTaskForm(ClearanceVariables.REVIEW_ESCALATED_REFERRAL_TASK);
        }

        @Bean
        TaskForm documentCheckForm() {
            return new DecisionTaskForm(ClearanceVariables.CHECK_DOCUMENTS_TASK);
        }
    }
}
