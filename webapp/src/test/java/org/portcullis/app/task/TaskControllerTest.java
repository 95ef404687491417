package org.portcullis.app.task;

import org.portcullis.processes.inbox.PastTask;
import static org.assertj.core.api.Assertions.assertThat;
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
import org.portcullis.casework.cases.CaseSummary;
import org.portcullis.app.web.CaseFileFixtures;
import org.portcullis.app.web.PortcullisWebMvcTest;
import org.portcullis.app.web.WithOfficer;
import org.portcullis.model.clearance.CaseStatus;
import org.portcullis.model.clearance.OfficerDecision;
import org.portcullis.model.clearance.ReferralDecision;
import org.portcullis.model.value.Mrn;
import org.portcullis.processes.clearance.TaskNotOpenException;
import org.portcullis.processes.clearance.TaskNotYoursException;
import org.springframework.context.annotation.Import;

@PortcullisWebMvcTest(TaskController.class)
@Import({TaskPages.class, ClaimPanel.class, DecisionTaskForm.DecisionTasks.class, DecisionRefusals.class})
@WithOfficer("clerk")
class TaskControllerTest extends TaskSliceTest {

    static final String TASK = "t-1";
    static final Instant CREATED = Instant.parse("2026-11-29T06:00:05Z");
    static final CaseSummary CASE = CaseFileFixtures.summary(CaseStatus.REFERRED);
    static final OfficerTasks.OpenTask OPEN = new OfficerTasks.OpenTask(TASK, "Review referral", "Task_ReviewReferral",
            null, CASE, CREATED, Instant.parse("2026-12-04T08:00:00Z"));

    @Test
    void openTaskShowsTheCaseFileBesideTheFormOfItsKind() throws Exception {
        when(tasks.openTask(TASK)).thenReturn(Optional.of(OPEN));
        when(caseFiles.of(eq(CASE), any(), any()))
                .thenReturn(Optional.of(CaseFileFixtures.shown(CaseFileFixtures.referredArmsCase(List.of()))));

        mvc.perform(get("/tasks/" + TASK))
                .andExpect(status().isOk())
                .andExpect(view().name("tasks/task"))
                .andExpect(model().attribute("task", OPEN))
                .andExpect(model().attribute("formTemplate", "tasks/decision"))
                .andExpect(model().attribute("decisions", java.util.EnumSet.allOf(ReferralDecision.class)))
                .andExpect(model().attributeExists("caseFile", "decisionForm"));
    }

    @Test
    void taskAnotherOfficerHoldsSaysWhoAndShowsTheFormDisabled() throws Exception {
        when(tasks.openTask(TASK)).thenReturn(Optional.of(new OfficerTasks.OpenTask(TASK, "Review referral",
                "Task_ReviewReferral", "clerk2", CASE, CREATED, null)));
        when(caseFiles.of(eq(CASE), any(), any()))
                .thenReturn(Optional.of(CaseFileFixtures.shown(CaseFileFixtures.referredArmsCase(List.of()))));

        String page = mvc.perform(get("/tasks/" + TASK)).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("clerk2 holds this task", "<fieldset id=\"task-form\" disabled=\"disabled\">");
        assertThat(page).doesNotContain("id=\"release-claim\"", "id=\"claim\"");
    }

    @Test
    void openTaskSaysDecidingNeedsNoClaim() throws Exception {
        when(tasks.openTask(TASK)).thenReturn(Optional.of(OPEN));
        when(caseFiles.of(eq(CASE), any(), any()))
                .thenReturn(Optional.of(CaseFileFixtures.shown(CaseFileFixtures.referredArmsCase(List.of()))));

        String page = mvc.perform(get("/tasks/" + TASK)).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("You can decide without claiming", "<fieldset id=\"task-form\">");
    }

    @Test
    void taskNameAndProcessStepsAreShownInTheReadersLanguage() throws Exception {
        when(tasks.openTask(TASK)).thenReturn(Optional.of(OPEN));
        when(caseFiles.of(eq(CASE), any(), any()))
                .thenReturn(Optional.of(CaseFileFixtures.shown(CaseFileFixtures.referredArmsCase(List.of()))));

        String page = mvc.perform(get("/tasks/" + TASK).cookie(new jakarta.servlet.http.Cookie("portcullis-lang", "nl")))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Doorverwijzing beoordelen").doesNotContain(">Review referral<");
        assertThat(org.portcullis.app.web.RawCodes.in(page)).isEmpty();
    }

    @Test
    void taskPageShowsTheDeadlineAsTimeLeftAndTheDecisionsTheTaskAllows() throws Exception {
        when(tasks.openTask(TASK)).thenReturn(Optional.of(OPEN));
        when(caseFiles.of(eq(CASE), any(), any()))
                .thenReturn(Optional.of(CaseFileFixtures.shown(CaseFileFixtures.referredArmsCase(List.of()))));

        String page = mvc.perform(get("/tasks/" + TASK)).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Decide by 2026-12-04 08:00:", "4 d 22 h left", "Ask the carrier for information",
                "Order a documentary check", "To ask the carrier for information, write the question here");
        assertThat(page).doesNotContain("??", "id=\"escalation\"");
    }

    @Test
    void escalatedReferralSaysWhenItWasEscalated() throws Exception {
        when(tasks.openTask(TASK)).thenReturn(Optional.of(new OfficerTasks.OpenTask(TASK, "Review escalated referral",
                "Task_ReviewEscalatedReferral", null, CASE, CREATED, null)));
        when(caseFiles.of(eq(CASE), any(), any()))
                .thenReturn(Optional.of(CaseFileFixtures.shown(CaseFileFixtures.referredArmsCase(List.of()))));

        String page = mvc.perform(get("/tasks/" + TASK)).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("it was escalated to the supervisors at 2026-11-29 06:00.", "id=\"decision-form\"");
    }

    @Test
    void customsFormPostsToItsDecisionWithTheMessageToTheCarrier() throws Exception {
        when(tasks.openTask(TASK)).thenReturn(Optional.of(OPEN));
        when(caseFiles.of(eq(CASE), any(), any()))
                .thenReturn(Optional.of(CaseFileFixtures.shown(CaseFileFixtures.referredArmsCase(List.of()))));

        String page = mvc.perform(get("/tasks/" + TASK)).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("action=\"/tasks/t-1/decision\"", "id=\"carrierMessage\"",
                "Kept on the case file for the audit; never sent to the carrier.", "Release the goods");
    }

    @Test
    void agencysFormIsTheSharedFormWithItsOwnDecisionsPathAndNoMessageToTheCarrier() throws Exception {
        when(tasks.openTask(TASK)).thenReturn(Optional.of(new OfficerTasks.OpenTask(TASK, "Review referral",
                "Task_ReviewAgencyReferral", null, CASE, CREATED, null)));
        when(caseFiles.of(eq(CASE), any(), any()))
                .thenReturn(Optional.of(CaseFileFixtures.shown(CaseFileFixtures.referredArmsCase(List.of()))));

        String page = mvc.perform(get("/tasks/" + TASK))
                .andExpect(model().attribute("formTemplate", "tasks/agency-decision"))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"decision-form\"", "action=\"/tasks/t-1/agency-decision\"", ">Clear<",
                "Clear with conditions", "Hold the port call",
                "The carrier receives it with your agency&#39;s formality response; for conditions, state them.");
        assertThat(page).doesNotContain("id=\"carrierMessage\"", "Release the goods", "id=\"escalation\"",
                "id=\"document-check\"", "??");
    }

    @Test
    void escalatedAgencyReferralSaysItWentToTheAgencysSupervisors() throws Exception {
        when(tasks.openTask(TASK)).thenReturn(Optional.of(new OfficerTasks.OpenTask(TASK, "Review escalated referral",
                "Task_ReviewEscalatedAgencyReferral", null, CASE, CREATED, null)));
        when(caseFiles.of(eq(CASE), any(), any()))
                .thenReturn(Optional.of(CaseFileFixtures.shown(CaseFileFixtures.referredArmsCase(List.of()))));

        String page = mvc.perform(get("/tasks/" + TASK)).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("it was escalated to its supervisors at 2026-11-29 06:00.",
                "action=\"/tasks/t-1/agency-decision\"");
    }

    @Test
    void documentaryCheckOffersReleaseInspectionOrHoldOnly() throws Exception {
        when(tasks.openTask(TASK)).thenReturn(Optional.of(new OfficerTasks.OpenTask(TASK, "Check documents",
                "Task_CheckDocuments", "clerk", CASE, CREATED, null)));
        when(caseFiles.of(eq(CASE), any(), any()))
                .thenReturn(Optional.of(CaseFileFixtures.shown(CaseFileFixtures.referredArmsCase(List.of()))));

        String page = mvc.perform(get("/tasks/" + TASK))
                .andExpect(model().attribute("decisions", java.util.EnumSet.of(ReferralDecision.RELEASE,
                        ReferralDecision.INSPECT, ReferralDecision.HOLD)))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("The carrier was asked to present documents", "Claimed by clerk", "Give back")
                .doesNotContain("value=\"REQUEST_INFORMATION\"", "value=\"DOCUMENT_CHECK\"");
    }

    @Test
    void taskOfAKindWithoutAFormSaysSo() throws Exception {
        when(tasks.openTask(TASK)).thenReturn(Optional.of(new OfficerTasks.OpenTask(TASK, "Something new",
                "Task_SomethingNew", null, CASE, CREATED, null)));
        when(caseFiles.of(eq(CASE), any(), any()))
                .thenReturn(Optional.of(CaseFileFixtures.shown(CaseFileFixtures.referredArmsCase(List.of()))));

        assertThat(mvc.perform(get("/tasks/" + TASK)).andReturn().getResponse().getContentAsString())
                .contains("This kind of task has no form here yet.");
    }

    @Test
    void taskAnotherClerkDecidedSaysWhoDecidedWhatAndShowsTheCase() throws Exception {
        when(tasks.openTask(TASK)).thenReturn(Optional.empty());
        whenTaskWasDecidedBy("clerk2");

        mvc.perform(get("/tasks/" + TASK))
                .andExpect(redirectedUrl("/cases/" + CaseFileFixtures.MRN))
                .andExpect(flash().attribute("flash", FlashMessage.warning("task.decidedByOther", "clerk2",
                        FlashMessage.label("decision.HOLD"),
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

        verify(officers).claim(eq(TASK), eq("clerk"), eq(List.of("clerks")));
    }

    @Test
    void claimOfTaskAnotherOfficerHoldsIsRefused() throws Exception {
        doThrow(new TaskNotYoursException(TASK, "clerk")).when(officers).claim(any(), any(), any());

        mvc.perform(post("/tasks/" + TASK + "/claim").with(csrf()))
                .andExpect(redirectedUrl("/tasks/" + TASK))
                .andExpect(flash().attribute("flash", FlashMessage.warning("task.notYours")));
    }

    @Test
    void unclaimGivesTheTaskBack() throws Exception {
        mvc.perform(post("/tasks/" + TASK + "/unclaim").with(csrf()))
                .andExpect(redirectedUrl("/tasks"))
                .andExpect(flash().attribute("flash", FlashMessage.success("task.givenBack")));

        verify(officers).unclaim(TASK, "clerk");
    }

    @Test
    void unclaimOfDecidedTaskTellsWhatBecameOfIt() throws Exception {
        doThrow(new TaskNotOpenException(TASK)).when(officers).unclaim(any(), any());
        whenTaskWasDecidedBy("clerk");

        mvc.perform(post("/tasks/" + TASK + "/unclaim").with(csrf()))
                .andExpect(redirectedUrl("/cases/" + CaseFileFixtures.MRN))
                .andExpect(flash().attribute("flash", FlashMessage.info("task.alreadyDecidedByYou",
                        FlashMessage.label("decision.HOLD"),
                        "2026-11-29 09:00")));
    }

    private void whenTaskWasDecidedBy(String officer) {
        Mrn mrn = Mrn.of(CaseFileFixtures.MRN);
        when(tasks.pastTask(TASK)).thenReturn(Optional.of(new PastTask("Task_ReviewReferral",
                mrn.value(), Instant.parse("2026-11-29T08:00:00Z"))));
        when(cases.decisions(mrn)).thenReturn(List.of(new OfficerDecision(mrn, ReferralDecision.HOLD,
                "Consignee listed", officer, Instant.parse("2026-11-29T09:00:00Z"))));
    }
}
