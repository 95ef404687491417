package org.portcullis.app.task;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.portcullis.app.casefile.CaseFileRepository;
import org.portcullis.app.casefile.CaseFileViews;
import org.portcullis.app.web.CaseFileFixtures;
import org.portcullis.app.web.PortcullisWebMvcTest;
import org.portcullis.app.web.WithOfficer;
import org.portcullis.model.clearance.OfficerDecision;
import org.portcullis.model.clearance.ReferralDecision;
import org.portcullis.model.value.Mrn;
import org.portcullis.processes.clearance.ClearanceService;
import org.portcullis.processes.clearance.TaskNotOpenException;
import org.portcullis.processes.clearance.TaskNotYoursException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@PortcullisWebMvcTest(TaskController.class)
@Import({TaskPages.class, ReferralTaskForm.class, DecisionRefusals.class})
@WithOfficer("clerk")
class TaskControllerTest {

    static final String TASK = "t-1";
    static final OfficerTasks.OpenTask OPEN = new OfficerTasks.OpenTask(TASK, "Review referral", "Task_ReviewReferral",
            null, CaseFileFixtures.MRN, Instant.parse("2026-12-04T12:00:00Z"));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    OfficerTasks tasks;

    @MockitoBean
    CaseFileViews caseFiles;

    @MockitoBean
    CaseFileRepository cases;

    @MockitoBean
    ClearanceService clearance;

    @Test
    void openTaskShowsTheCaseFileBesideTheFormOfItsKind() throws Exception {
        when(tasks.openTask(TASK)).thenReturn(Optional.of(OPEN));
        when(caseFiles.find(CaseFileFixtures.MRN)).thenReturn(Optional.of(CaseFileFixtures.referredArmsCase(List.of())));

        mvc.perform(get("/tasks/" + TASK))
                .andExpect(status().isOk())
                .andExpect(view().name("tasks/task"))
                .andExpect(model().attribute("task", OPEN))
                .andExpect(model().attribute("formTemplate", "tasks/referral"))
                .andExpect(model().attributeExists("caseFile", "decisionForm"));
    }

    @Test
    void taskAnotherClerkDecidedSaysWhoDecidedWhatAndShowsTheCase() throws Exception {
        when(tasks.openTask(TASK)).thenReturn(Optional.empty());
        whenTaskWasDecidedBy("clerk2");

        mvc.perform(get("/tasks/" + TASK))
                .andExpect(redirectedUrl("/cases/" + CaseFileFixtures.MRN))
                .andExpect(flash().attribute("flash", FlashMessage.warning("task.decidedByOther", "clerk2", "HOLD",
                        "2026-11-29 09:00")));
    }

    @Test
    void unknownTaskGoesBackToTheInbox() throws Exception {
        when(tasks.openTask("nope")).thenReturn(Optional.empty());
        when(tasks.pastTask("nope")).thenReturn(Optional.empty());

        mvc.perform(get("/tasks/nope"))
                .andExpect(redirectedUrl("/tasks"))
                .andExpect(flash().attribute("flash", FlashMessage.warning("task.unknown")));
    }

    @Test
    void claimLeadsToTheTask() throws Exception {
        mvc.perform(post("/tasks/" + TASK + "/claim").with(csrf()))
                .andExpect(redirectedUrl("/tasks/" + TASK));

        verify(clearance).claim(eq(TASK), eq("clerk"), eq(List.of("clerks")));
    }

    @Test
    void claimOfTaskAnotherOfficerHoldsIsRefused() throws Exception {
        doThrow(new TaskNotYoursException(TASK, "clerk")).when(clearance).claim(any(), any(), any());

        mvc.perform(post("/tasks/" + TASK + "/claim").with(csrf()))
                .andExpect(redirectedUrl("/tasks/" + TASK))
                .andExpect(flash().attribute("flash", FlashMessage.warning("task.notYours")));
    }

    @Test
    void unclaimGivesTheTaskBack() throws Exception {
        mvc.perform(post("/tasks/" + TASK + "/unclaim").with(csrf()))
                .andExpect(redirectedUrl("/tasks"))
                .andExpect(flash().attribute("flash", FlashMessage.success("task.givenBack")));

        verify(clearance).unclaim(TASK, "clerk");
    }

    @Test
    void unclaimOfDecidedTaskTellsWhatBecameOfIt() throws Exception {
        doThrow(new TaskNotOpenException(TASK)).when(clearance).unclaim(any(), any());
        whenTaskWasDecidedBy("clerk");

        mvc.perform(post("/tasks/" + TASK + "/unclaim").with(csrf()))
                .andExpect(redirectedUrl("/cases/" + CaseFileFixtures.MRN))
                .andExpect(flash().attribute("flash", FlashMessage.info("task.alreadyDecidedByYou", "HOLD",
                        "2026-11-29 09:00")));
    }

    private void whenTaskWasDecidedBy(String officer) {
        Mrn mrn = Mrn.of(CaseFileFixtures.MRN);
        when(tasks.pastTask(TASK)).thenReturn(Optional.of(new OfficerTasks.PastTask(TASK, mrn.value(),
                Instant.parse("2026-11-29T08:00:00Z"))));
        when(cases.decisions(mrn)).thenReturn(List.of(new OfficerDecision(mrn, ReferralDecision.HOLD,
                "Consignee listed", officer, Instant.parse("2026-11-29T09:00:00Z"))));
    }
}
