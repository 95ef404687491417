package org.portcullis.app.task;

import org.portcullis.app.security.Roles;
import org.portcullis.processes.clearance.ClearanceVariables;
import org.portcullis.processes.identity.OfficerDirectory;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The form of Task_ScheduleInspection: the place, the time and the inspecting officer (a clerk). */
@Component
class ScheduleInspectionTaskForm implements TaskForm {

    private final OfficerDirectory officers;

    ScheduleInspectionTaskForm(OfficerDirectory officers) {
        this.officers = officers;
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
        model.addAttribute("inspectors", officers.members(Roles.CLERKS).stream().map(OfficerOption::of).toList());
    }

    /** Whether the user id names an officer who may be sent to inspect (a member of the clerks). */
    boolean isInspector(String userId) {
        return officers.isMember(userId, Roles.CLERKS);
    }
}
