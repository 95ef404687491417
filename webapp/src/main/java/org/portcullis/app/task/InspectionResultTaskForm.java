package org.portcullis.app.task;

import org.portcullis.processes.clearance.ClearanceVariables;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The form of Task_RecordInspectionResult: what the inspection found and the details. */
@Component
class InspectionResultTaskForm implements TaskForm {

    @Override
    public String taskDefinitionKey() {
        return ClearanceVariables.RECORD_INSPECTION_RESULT_TASK;
    }

    @Override
    public String template() {
        return "tasks/inspection-result";
    }

    @Override
    public void prepare(Model model) {
        if (!model.containsAttribute(InspectionController.RESULT_FORM)) {
            model.addAttribute(InspectionController.RESULT_FORM, new InspectionResultForm());
        }
    }
}
