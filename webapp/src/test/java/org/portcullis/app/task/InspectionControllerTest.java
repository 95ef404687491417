package org.portcullis.app.task;

import org.portcullis.processes.inbox.PastTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.portcullis.processes.identity.OfficerName;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portcullis.casework.cases.CaseInspection;
import org.portcullis.app.web.CaseFileFixtures;
import org.portcullis.app.web.PortcullisWebMvcTest;
import org.portcullis.app.web.WithOfficer;
import org.portcullis.model.clearance.InspectionOrder;
import org.portcullis.model.clearance.InspectionResult;
import org.portcullis.model.clearance.InspectionVerdict;
import org.portcullis.model.value.Mrn;
import org.portcullis.processes.clearance.InspectionPlan;
import org.portcullis.processes.clearance.InspectionTimeException;
import org.portcullis.processes.clearance.TaskNotOpenException;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.validation.BindingResult;

@PortcullisWebMvcTest({InspectionController.class, TaskController.class})
@Import({TaskPages.class, ClaimPanel.class, ScheduleInspectionTaskForm.class, InspectionResultTaskForm.class, DecisionRefusals.class,
    TaskWork.class})
@WithOfficer("clerk")
class InspectionControllerTest extends TaskSliceTest {

    static final String TASK = "t-2";
    static final Mrn MRN = Mrn.of(CaseFileFixtures.MRN);
    static final Instant CREATED = Instant.parse("2026-11-29T09:00:00Z");
    static final Instant AT_FOUR_THIRTY = Instant.parse("2026-12-04T16:30:00Z");


    @BeforeEach
    void clerksWhoMayInspect() {
        when(directory.members("clerks")).thenReturn(List.of(new OfficerName("clerk2", "Colin Clerk")));
        when(directory.isMember(anyString(), eq("clerks")))
                .thenAnswer(call -> "clerk2".equals(call.getArgument(0)));
        when(caseFiles.of(eq(TaskControllerTest.CASE), any(), any()))
                .thenReturn(Optional.of(CaseFileFixtures.shown(CaseFileFixtures.inspectedArmsCase(List.of()))));
    }

    @Test
    void scheduleFormOffersTheClerksAsInspectors() throws Exception {
        openTask("Task_ScheduleInspection", "Schedule inspection");

        String page = mvc.perform(get("/tasks/" + TASK))
                .andExpect(model().attribute("formTemplate", "tasks/schedule-inspection"))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"inspection-form\"", "Time (UTC, as 2026-12-04 16:30)", "Colin Clerk (clerk2)",
                "At or after the vessel&#39;s arrival (ETA 2026-12-04 14:00)", "placeholder=\"yyyy-mm-dd hh:mm\"");
        assertThat(page).doesNotContain("??");
    }

    @Test
    void scheduleWithoutPlaceAndWithAnUnknownInspectorIsShownAgainMarked() throws Exception {
        openTask("Task_ScheduleInspection", "Schedule inspection");

        MvcResult refused = mvc.perform(post("/tasks/" + TASK + "/inspection").with(csrf()).param("place", " ")
                        .param("scheduledFor", "2026-12-04T16:30").param("inspector", "mallory"))
                .andExpect(redirectedUrl("/tasks/" + TASK))
                .andReturn();
        BindingResult errors = errors(refused, InspectionController.SCHEDULE_FORM);
        assertThat(errors.getFieldError("place").getCode()).isEqualTo("NotBlank");
        assertThat(errors.getFieldError("inspector").getCode()).isEqualTo("inspection.inspector.unknown");

        String shownAgain = mvc.perform(get("/tasks/" + TASK).flashAttrs(refused.getFlashMap()))
                .andReturn().getResponse().getContentAsString();
        assertThat(shownAgain).contains("Nothing was recorded: correct the marked fields.",
                "Give the place of the inspection.", "Choose an officer from the list.", "value=\"2026-12-04 16:30\"");
        verifyNoInteractions(officers);
    }

    @Test
    void scheduleIsRecordedAtTheTimeGivenInThePagesTimeZone() throws Exception {
        when(officers.scheduleInspection(TASK, new InspectionPlan("Scanner ECT Delta", AT_FOUR_THIRTY, "clerk2", false),
                "clerk", List.of("clerks"))).thenReturn(new InspectionOrder(MRN, "Scanner ECT Delta", AT_FOUR_THIRTY, "clerk2",
                        "clerk", CREATED));

        mvc.perform(post("/tasks/" + TASK + "/inspection").with(csrf()).param("place", " Scanner ECT Delta ")
                        .param("scheduledFor", "2026-12-04T16:30").param("inspector", "clerk2"))
                .andExpect(redirectedUrl("/tasks"))
                .andExpect(flash().attribute("flash", FlashMessage.success("inspection.scheduled",
                        CaseFileFixtures.MRN, "clerk2")));
    }

    @Test
    void secondScheduleOfTheSameInspectionSaysItWasRecordedOnce() throws Exception {
        when(officers.scheduleInspection(any(), any(), any(), any()))
                .thenThrow(new TaskNotOpenException(TASK));
        pastTask("Task_ScheduleInspection");
        when(controls.inspections(MRN)).thenReturn(List.of(new CaseInspection("Scanner ECT Delta", AT_FOUR_THIRTY,
                "clerk2", "clerk", Instant.parse("2026-11-29T09:15:00Z"), null, null, null, null, null)));

        mvc.perform(post("/tasks/" + TASK + "/inspection").with(csrf()).param("place", "Scanner ECT Delta")
                        .param("scheduledFor", "2026-12-04T16:30").param("inspector", "clerk2"))
                .andExpect(redirectedUrl("/cases/" + CaseFileFixtures.MRN))
                .andExpect(flash().attribute("flash", FlashMessage.info("task.alreadyScheduledByYou",
                        "Scanner ECT Delta, 2026-12-04 16:30", "2026-11-29 09:15")));
    }

    @Test
    void resultFormShowsTheInspectionAsScheduled() throws Exception {
        openTask("Task_RecordInspectionResult", "Record inspection result");

        String page = mvc.perform(get("/tasks/" + TASK))
                .andExpect(model().attribute("formTemplate", "tasks/inspection-result"))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Inspection at Scanner ECT Delta on 2026-12-04 16:30 by clerk2.",
                "No irregularity: release", "Irregularity: seize the goods");
    }

    @Test
    void resultWithoutVerdictAndDetailsIsShownAgainMarked() throws Exception {
        openTask("Task_RecordInspectionResult", "Record inspection result");

        MvcResult refused = mvc.perform(post("/tasks/" + TASK + "/inspection-result").with(csrf()))
                .andExpect(redirectedUrl("/tasks/" + TASK))
                .andReturn();
        BindingResult errors = errors(refused, InspectionController.RESULT_FORM);
        assertThat(errors.getFieldError("verdict").getCode()).isEqualTo("NotNull");
        assertThat(errors.getFieldError("details").getCode()).isEqualTo("NotBlank");

        String shownAgain = mvc.perform(get("/tasks/" + TASK).flashAttrs(refused.getFlashMap()))
                .andReturn().getResponse().getContentAsString();
        assertThat(shownAgain).contains("Choose what the inspection found.",
                "Give the details of what the inspection found.", "id=\"verdict-error\"", "id=\"details-error\"")
                .containsPattern("<fieldset class=\"mb-3\"\\s+aria-describedby=\"verdict-error\">")
                .containsPattern("<textarea[^>]*aria-describedby=\"details-error\"")
                .containsPattern("<label class=\"form-check-label\" for=\"verdict1\">");
        verifyNoInteractions(officers);
    }

    @Test
    void resultIsRecordedWithTheStrippedDetails() throws Exception {
        when(officers.recordInspectionResult(TASK, InspectionVerdict.IRREGULARITY_SEIZURE, "Undeclared rifles",
                null, "clerk", List.of("clerks"))).thenReturn(new InspectionResult(MRN, InspectionVerdict.IRREGULARITY_SEIZURE,
                        "Undeclared rifles", "clerk", CREATED));

        mvc.perform(post("/tasks/" + TASK + "/inspection-result").with(csrf()).param("verdict", "IRREGULARITY_SEIZURE")
                        .param("details", "  Undeclared rifles "))
                .andExpect(redirectedUrl("/tasks"))
                .andExpect(flash().attribute("flash", FlashMessage.success("inspectionResult.recorded",
                        FlashMessage.label("inspectionResult.IRREGULARITY_SEIZURE"), CaseFileFixtures.MRN)));
        verify(officers).recordInspectionResult(TASK, InspectionVerdict.IRREGULARITY_SEIZURE, "Undeclared rifles",
                null, "clerk", List.of("clerks"));
    }

    @Test
    void resultAnotherOfficerRecordedFirstSaysWhoAndWhat() throws Exception {
        when(officers.recordInspectionResult(any(), any(), any(), any(), any(), any()))
                .thenThrow(new TaskNotOpenException(TASK));
        pastTask("Task_RecordInspectionResult");
        when(controls.inspections(MRN)).thenReturn(List.of(new CaseInspection("Scanner ECT Delta", AT_FOUR_THIRTY,
                "clerk2", "clerk", CREATED, InspectionVerdict.NO_IRREGULARITY, "All as declared", null, "clerk2",
                Instant.parse("2026-11-29T09:40:00Z"))));

        mvc.perform(post("/tasks/" + TASK + "/inspection-result").with(csrf()).param("verdict", "IRREGULARITY_HOLD")
                        .param("details", "Rifles"))
                .andExpect(redirectedUrl("/cases/" + CaseFileFixtures.MRN))
                .andExpect(flash().attribute("flash", FlashMessage.warning("task.recordedByOther", "clerk2",
                        FlashMessage.label("inspectionResult.NO_IRREGULARITY"), "2026-11-29 09:40")));
    }

    @Test
    void inspectionTimeThatHasPassedIsExplainedAtTheTimeField() throws Exception {
        openTask("Task_ScheduleInspection", "Schedule inspection");
        when(officers.scheduleInspection(any(), any(), any(), any())).thenThrow(new InspectionTimeException(
                InspectionTimeException.Problem.PASSED, Instant.parse("2026-11-25T10:00:00Z"), CREATED));

        MvcResult refused = mvc.perform(post("/tasks/" + TASK + "/inspection").with(csrf()).param("place", "Scanner")
                        .param("scheduledFor", "2026-11-25 10:00").param("inspector", "clerk2"))
                .andExpect(redirectedUrl("/tasks/" + TASK))
                .andReturn();

        assertThat(errors(refused, InspectionController.SCHEDULE_FORM).getFieldError("scheduledFor").getCode())
                .isEqualTo("inspection.time.PASSED");
        String shownAgain = mvc.perform(get("/tasks/" + TASK).flashAttrs(refused.getFlashMap()))
                .andReturn().getResponse().getContentAsString();
        assertThat(shownAgain).contains("This time has passed", "give a time ahead", "value=\"2026-11-25 10:00\"");
    }

    private void openTask(String kind, String name) {
        when(tasks.openTask(TASK)).thenReturn(Optional.of(new OfficerTasks.OpenTask(TASK, name, kind, "clerk",
                TaskControllerTest.CASE, CREATED, null)));
    }

    private void pastTask(String kind) {
        when(tasks.pastTask(TASK)).thenReturn(Optional.of(new PastTask(kind, MRN.value(), CREATED)));
    }

    private static BindingResult errors(MvcResult result, String form) {
        return (BindingResult) result.getFlashMap().get(BindingResult.MODEL_KEY_PREFIX + form);
    }
}
