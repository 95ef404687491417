package org.portcullis.app.task;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.portcullis.app.casefile.CaseFileViews;
import org.portcullis.app.security.Roles;
import org.portcullis.processes.clearance.ClearanceVariables;
import org.portcullis.processes.clearance.OfficerDecisions;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page of an open task: the case file beside the form of the task's kind, one template per kind under
 * {@code templates/tasks/}. A task no longer open sends the officer back to the inbox with a message.
 */
@Component
class TaskPages {

    private static final Map<String, String> VIEW_BY_TASK = Map.of(
            ClearanceVariables.REVIEW_REFERRAL_TASK, "tasks/referral",
            ClearanceVariables.REVIEW_ESCALATED_REFERRAL_TASK, "tasks/escalated-referral",
            ClearanceVariables.CHECK_DOCUMENTS_TASK, "tasks/check-documents",
            ClearanceVariables.SCHEDULE_INSPECTION_TASK, "tasks/schedule-inspection",
            ClearanceVariables.RECORD_INSPECTION_RESULT_TASK, "tasks/inspection-result");

    private final OfficerTasks tasks;
    private final CaseFileViews caseFiles;
    private final IdentityService identities;

    TaskPages(OfficerTasks tasks, CaseFileViews caseFiles, IdentityService identities) {
        this.tasks = tasks;
        this.caseFiles = caseFiles;
        this.identities = identities;
    }

    /** Fills the model for the task's page and names its view; forms already in the model (with errors) stay. */
    String show(String taskId, Model model, RedirectAttributes redirect) {
        var task = tasks.openTask(taskId).orElse(null);
        if (task == null) {
            redirect.addFlashAttribute("flash", FlashMessage.warning("task.notOpen"));
            return "redirect:/tasks";
        }
        String view = VIEW_BY_TASK.get(task.definitionKey());
        if (view == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no page for tasks of kind " + task.definitionKey());
        }
        model.addAttribute("task", task);
        model.addAttribute("caseFile", caseFiles.find(task.mrn())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("decisions", OfficerDecisions.decisionsFor(task.definitionKey()));
        addIfMissing(model, "decisionForm", new DecisionForm());
        addIfMissing(model, "inspectionForm", new InspectionForm());
        addIfMissing(model, "inspectionResultForm", new InspectionResultForm());
        if (ClearanceVariables.SCHEDULE_INSPECTION_TASK.equals(task.definitionKey())) {
            model.addAttribute("inspectors", identities.createUserQuery().memberOfGroup(Roles.CLERKS)
                    .orderByUserId().asc().list().stream().map(TaskPages::officer).toList());
        }
        return view;
    }

    /** Whether the user id names an officer who may be sent to inspect (a member of the clerks). */
    boolean isInspector(String userId) {
        return userId != null && identities.createUserQuery().userId(userId).memberOfGroup(Roles.CLERKS).count() > 0;
    }

    private static void addIfMissing(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }

    private static Inspector officer(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return new Inspector(user.getId(), name.isEmpty() ? user.getId() : name + " (" + user.getId() + ")");
    }

    /** An officer who may be sent to inspect, as the schedule form offers them. */
    record Inspector(String userId, String label) {
    }
}
