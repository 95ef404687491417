package org.portcullis.app.task;

import jakarta.validation.Valid;
import org.portcullis.app.security.Officer;
import org.portcullis.app.web.Times;
import org.portcullis.model.clearance.InspectionOrder;
import org.portcullis.model.clearance.InspectionResult;
import org.portcullis.processes.clearance.InspectionPlan;
import org.portcullis.processes.clearance.InspectionTimeException;
import org.portcullis.processes.clearance.OfficerDecisions;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Scheduling a physical inspection (its time as the officer's pages show times), and recording its result. */
@Controller
class InspectionController {

    static final String SCHEDULE_FORM = "inspectionForm";
    static final String RESULT_FORM = "inspectionResultForm";

    private final OfficerDecisions officers;
    private final ScheduleInspectionTaskForm scheduleForm;
    private final TaskWork work;
    private final Times times;

    InspectionController(OfficerDecisions officers, ScheduleInspectionTaskForm scheduleForm, TaskWork work,
            Times times) {
        this.officers = officers;
        this.scheduleForm = scheduleForm;
        this.work = work;
        this.times = times;
    }

    @PostMapping("/tasks/{taskId}/inspection")
    String schedule(@PathVariable String taskId, @Valid @ModelAttribute(SCHEDULE_FORM) InspectionForm form,
            BindingResult binding, @AuthenticationPrincipal Officer officer, RedirectAttributes redirect) {
        if (!binding.hasFieldErrors("inspector") && !scheduleForm.isInspector(form.getInspector())) {
            binding.rejectValue("inspector", "inspection.inspector.unknown");
        }
        if (binding.hasErrors()) {
            return work.refused(taskId, SCHEDULE_FORM, form, binding, redirect);
        }
        InspectionPlan plan = new InspectionPlan(form.getPlace().strip(),
                form.getScheduledFor().atZone(times.zoneId()).toInstant(), form.getInspector(), form.isBeforeArrival());
        try {
            return work.submit(taskId, officer, redirect, () -> {
                InspectionOrder order = officers.scheduleInspection(taskId, plan, officer.userId(), officer.groups());
                return FlashMessage.success("inspection.scheduled", order.mrn().value(), order.inspector());
            });
        } catch (InspectionTimeException refused) {
            String code = refused.problem() == InspectionTimeException.Problem.PASSED ? "inspection.time.PASSED"
                    : "inspection.time.BEFORE_ARRIVAL";
            binding.rejectValue("scheduledFor", code, new Object[] {times.dateTime(refused.limit())}, null);
            return work.refused(taskId, SCHEDULE_FORM, form, binding, redirect);
        }
    }

    @PostMapping("/tasks/{taskId}/inspection-result")
    String recordResult(@PathVariable String taskId, @Valid @ModelAttribute(RESULT_FORM) InspectionResultForm form,
            BindingResult binding, @AuthenticationPrincipal Officer officer, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return work.refused(taskId, RESULT_FORM, form, binding, redirect);
        }
        return work.submit(taskId, officer, redirect, () -> {
            InspectionResult result = officers.recordInspectionResult(taskId, form.getVerdict(),
                    form.getDetails().strip(), form.carrierMessageOrNull(), officer.userId(), officer.groups());
            return FlashMessage.success("inspectionResult.recorded",
                    FlashMessage.label("inspectionResult." + result.verdict().name()), result.mrn().value());
        });
    }
}
