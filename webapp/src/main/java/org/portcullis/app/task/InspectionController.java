package org.portcullis.app.task;

import jakarta.validation.Valid;
import java.time.ZoneOffset;
import org.portcullis.app.security.Officer;
import org.portcullis.model.clearance.InspectionOrder;
import org.portcullis.model.clearance.InspectionResult;
import org.portcullis.processes.clearance.OfficerDecisions;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Scheduling a physical inspection, and recording its result. */
@Controller
class InspectionController {

    private final TaskPages pages;
    private final OfficerDecisions officers;

    InspectionController(TaskPages pages, OfficerDecisions officers) {
        this.pages = pages;
        this.officers = officers;
    }

    @PostMapping("/tasks/{taskId}/inspection")
    String schedule(@PathVariable String taskId, @Valid @ModelAttribute("inspectionForm") InspectionForm form,
            BindingResult binding, @AuthenticationPrincipal Officer officer, Model model, RedirectAttributes redirect) {
        if (!binding.hasFieldErrors("inspector") && !pages.isInspector(form.getInspector())) {
            binding.rejectValue("inspector", "inspection.inspector.unknown");
        }
        if (binding.hasErrors()) {
            return pages.show(taskId, model, redirect);
        }
        return TaskWork.thenInbox(redirect, () -> {
            InspectionOrder order = officers.scheduleInspection(taskId, form.getPlace().strip(),
                    form.getScheduledFor().toInstant(ZoneOffset.UTC), form.getInspector(), officer.userId(),
                    officer.groups());
            return FlashMessage.success("inspection.scheduled", order.mrn().value(), order.inspector());
        });
    }

    @PostMapping("/tasks/{taskId}/inspection-result")
    String recordResult(@PathVariable String taskId,
            @Valid @ModelAttribute("inspectionResultForm") InspectionResultForm form, BindingResult binding,
            @AuthenticationPrincipal Officer officer, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return pages.show(taskId, model, redirect);
        }
        return TaskWork.thenInbox(redirect, () -> {
            InspectionResult result = officers.recordInspectionResult(taskId, form.getVerdict(),
                    form.getDetails().strip(), officer.userId(), officer.groups());
            return FlashMessage.success("inspectionResult.recorded", result.verdict().name(), result.mrn().value());
        });
    }
}
