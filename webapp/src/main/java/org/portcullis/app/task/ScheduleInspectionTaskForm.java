package org.portcullis.app.task;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.portcullis.app.security.Roles;
import org.portcullis.processes.clearance.ClearanceVariables;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The form of Task_ScheduleInspection: the place, the time and the inspecting officer (a clerk). */
@Component
class ScheduleInspectionTaskForm implements TaskForm {

    private final IdentityService identities;

    ScheduleInspectionTaskForm(IdentityService identities) {
        this.identities = identities;
    }

    @Override
    public String taskDefinitionKey() {
        return ClearanceVariables.SCHEDULE_INSPECTION_TASK;
    }

    @Override
    public String template() {
        return "tasks/schedule-inspection";
    }

    @Override
    public void prepare(Model model) {
        if (!model.containsAttribute(InspectionController.SCHEDULE_FORM)) {
            model.addAttribute(InspectionController.SCHEDULE_FORM, new InspectionForm());
        }
        model.addAttribute("inspectors", identities.createUserQuery().memberOfGroup(Roles.CLERKS)
                .orderByUserId().asc().list().stream().map(ScheduleInspectionTaskForm::inspector).toList());
    }

    /** Whether the user id names an officer who may be sent to inspect (a member of the clerks). */
    boolean isInspector(String userId) {
        return userId != null && identities.createUserQuery().userId(userId).memberOfGroup(Roles.CLERKS).count() > 0;
    }

    private static Inspector inspector(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return new Inspector(user.getId(), name.isEmpty() ? user.getId() : name + " (" + user.getId() + ")");
    }

    /** An officer who may be sent to inspect, as the form offers them. */
    record Inspector(String userId, String label) {
    }
}
