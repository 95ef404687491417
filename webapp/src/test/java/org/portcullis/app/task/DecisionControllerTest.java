package org.portcullis.app.task;

import org.portcullis.processes.inbox.PastTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portcullis.app.web.CaseFileFixtures;
import org.portcullis.app.web.PortcullisWebMvcTest;
import org.portcullis.app.web.WithOfficer;
import org.portcullis.model.clearance.OfficerDecision;
import org.portcullis.model.clearance.ReferralDecision;
import org.portcullis.model.value.Mrn;
import org.portcullis.processes.clearance.TaskNotOpenException;
import org.portcullis.processes.clearance.TaskNotYoursException;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.validation.BindingResult;

@PortcullisWebMvcTest({DecisionController.class, TaskController.class})
@Import({TaskPages.class, ClaimPanel.class, DecisionTaskForm.DecisionTasks.class, DecisionRefusals.class, TaskWork.class})
@WithOfficer("clerk")
class DecisionControllerTest extends TaskSliceTest {

    static final String TASK = "t-1";
    static final Mrn MRN = Mrn.of(CaseFileFixtures.MRN);

    @BeforeEach
    void openTask() {
        when(tasks.openTask(TASK)).thenReturn(Optional.of(TaskControllerTest.OPEN));
        when(caseFiles.of(eq(TaskControllerTest.CASE), any(), any()))
                .thenReturn(Optional.of(CaseFileFixtures.shown(CaseFileFixtures.referredArmsCase(List.of()))));
    }

    @Test
    void decisionWithoutReasonIsShownAgainWithTheReasonMarkedAndNothingDecided() throws Exception {
        var refused = mvc.perform(post("/tasks/" + TASK + "/decision").with(csrf()).param("decision", "HOLD")
                        .param("reason", "   "))
                .andExpect(redirectedUrl("/tasks/" + TASK))
                .andReturn();
        assertThat(errors(refused).getFieldError("reason").getCode()).isEqualTo("NotBlank");

        var shownAgain = mvc.perform(get("/tasks/" + TASK).flashAttrs(refused.getFlashMap()))
                .andExpect(status().isOk())
                .andExpect(view().name("tasks/task"))
                .andExpect(model().attributeHasFieldErrorCode("decisionForm", "reason", "NotBlank"))
                .andReturn();

        assertThat(shownAgain.getResponse().getContentAsString()).contains("Give the reason for your decision.",
                "The decision was not recorded: correct the marked fields.", "id=\"reason-error\"", "id=\"reason-help\"")
                .containsPattern("value=\"HOLD\"[^>]*checked=\"checked\"")
                .containsPattern("<textarea[^>]*aria-describedby=\"reason-error reason-help\"");
        verifyNoInteractions(officers);
    }

    @Test
    void decisionMustBeChosenAndReasonKeptShort() throws Exception {
        var refused = mvc.perform(post("/tasks/" + TASK + "/decision").with(csrf()).param("reason", "x".repeat(1001)))
                .andExpect(redirectedUrl("/tasks/" + TASK))
                .andReturn();

        assertThat(errors(refused).getFieldError("decision").getCode()).isEqualTo("NotNull");
        assertThat(errors(refused).getFieldError("reason").getCode()).isEqualTo("Size");
        verifyNoInteractions(officers);
    }

    @Test
    void requestForInformationWithoutAQuestionToTheCarrierIsMarkedAndNothingDecided() throws Exception {
        var refused = mvc.perform(post("/tasks/" + TASK + "/decision").with(csrf())
                        .param("decision", "REQUEST_INFORMATION").param("reason", "Lamps may be dual-use"))
                .andExpect(redirectedUrl("/tasks/" + TASK))
                .andReturn();

        assertThat(errors(refused).getFieldError("carrierMessage").getCode())
                .isEqualTo("decision.carrierMessage.questionRequired");
        String shownAgain = mvc.perform(get("/tasks/" + TASK).flashAttrs(refused.getFlashMap()))
                .andReturn().getResponse().getContentAsString();
        assertThat(shownAgain).contains("Write the question the carrier is to answer.", "Lamps may be dual-use");
        verifyNoInteractions(officers);
    }

    @Test
    void internalReasonAndMessageToTheCarrierAreRecordedApart() throws Exception {
        when(officers.decide(TASK, ReferralDecision.RELEASE, "Intelligence unit checked the consignee",
                "Your goods are cleared", "clerk", List.of("clerks")))
                .thenReturn(new OfficerDecision(MRN, ReferralDecision.RELEASE, "Intelligence unit checked the consignee",
                        "Your goods are cleared", "clerk", Instant.parse("2026-11-29T10:00:00Z")));

        mvc.perform(post("/tasks/" + TASK + "/decision").with(csrf()).param("decision", "RELEASE")
                        .param("reason", "Intelligence unit checked the consignee")
                        .param("carrierMessage", " Your goods are cleared "))
                .andExpect(redirectedUrl("/tasks"));

        verify(officers).decide(TASK, ReferralDecision.RELEASE, "Intelligence unit checked the consignee",
                "Your goods are cleared", "clerk", List.of("clerks"));
    }

    private static BindingResult errors(MvcResult result) {
        return (BindingResult) result.getFlashMap().get(BindingResult.MODEL_KEY_PREFIX + "decisionForm");
    }

    @Test
    void validDecisionIsRecordedWithTheStrippedReason() throws Exception {
        when(officers.decide(TASK, ReferralDecision.INSPECT, "No licence on file", null, "clerk", List.of("clerks")))
                .thenReturn(new OfficerDecision(MRN, ReferralDecision.INSPECT, "No licence on file", "clerk",
                        Instant.parse("2026-11-29T10:00:00Z")));

        mvc.perform(post("/tasks/" + TASK + "/decision").with(csrf()).param("decision", "INSPECT")
                        .param("reason", "  No licence on file  "))
                .andExpect(redirectedUrl("/tasks"))
                .andExpect(flash().attribute("flash", FlashMessage.success("decision.recorded",
                        FlashMessage.label("decision.INSPECT"), CaseFileFixtures.MRN)));

        verify(officers).decide(TASK, ReferralDecision.INSPECT, "No licence on file", null, "clerk",
                List.of("clerks"));
    }

    @Test
    void secondSubmissionOfOwnDecisionSaysItWasRecordedOnce() throws Exception {
        when(officers.decide(any(), any(), any(), any(), any(), any())).thenThrow(new TaskNotOpenException(TASK));
        when(tasks.pastTask(TASK)).thenReturn(Optional.of(new PastTask("Task_ReviewReferral",
                MRN.value(), Instant.parse("2026-11-29T08:00:00Z"))));
        when(cases.decisions(MRN)).thenReturn(List.of(new OfficerDecision(MRN, ReferralDecision.INSPECT,
                "No licence on file", "clerk", Instant.parse("2026-11-29T09:59:00Z"))));

        mvc.perform(post("/tasks/" + TASK + "/decision").with(csrf()).param("decision", "INSPECT")
                        .param("reason", "No licence on file"))
                .andExpect(redirectedUrl("/cases/" + CaseFileFixtures.MRN))
                .andExpect(flash().attribute("flash", FlashMessage.info("task.alreadyDecidedByYou",
                        FlashMessage.label("decision.INSPECT"),
                        "2026-11-29 09:59")));
    }

    @Test
    void decisionTheTaskDoesNotAllowIsMarkedAndNothingDecided() throws Exception {
        when(officers.decide(any(), any(), any(), any(), any(), any()))
                .thenThrow(new IllegalArgumentException("REQUEST_INFORMATION is not a decision on Task_CheckDocuments"));

        var refused = mvc.perform(post("/tasks/" + TASK + "/decision").with(csrf()).param("decision",
                        "REQUEST_INFORMATION").param("reason", "Unclear goods").param("carrierMessage", "What is it?"))
                .andExpect(redirectedUrl("/tasks/" + TASK))
                .andReturn();

        assertThat(errors(refused).getFieldError("decision").getCode()).isEqualTo("decision.notAllowed");
        String shownAgain = mvc.perform(get("/tasks/" + TASK).flashAttrs(refused.getFlashMap()))
                .andReturn().getResponse().getContentAsString();
        assertThat(shownAgain).contains("This decision cannot be taken on this task.", "What is it?");
    }

    @Test
    void decisionOnATaskAnotherOfficerHoldsIsRefused() throws Exception {
        when(officers.decide(any(), any(), any(), any(), any(), any())).thenThrow(new TaskNotYoursException(TASK, "clerk"));

        mvc.perform(post("/tasks/" + TASK + "/decision").with(csrf()).param("decision", "HOLD").param("reason", "x"))
                .andExpect(redirectedUrl("/tasks/" + TASK))
                .andExpect(flash().attribute("flash", FlashMessage.warning("task.notYours")));
    }

    @Test
    void decisionOnATaskEndedWithoutADecisionSaysWhereTheCaseStands() throws Exception {
        when(officers.decide(any(), any(), any(), any(), any(), any())).thenThrow(new TaskNotOpenException(TASK));
        when(tasks.pastTask(TASK)).thenReturn(Optional.of(new PastTask("Task_ReviewReferral",
                MRN.value(), Instant.parse("2026-11-29T08:00:00Z"))));
        when(cases.decisions(MRN)).thenReturn(List.of());
        when(cases.summary(MRN)).thenReturn(Optional.of(CaseFileFixtures.summary(
                org.portcullis.model.clearance.CaseStatus.CANCELLED)));

        mvc.perform(post("/tasks/" + TASK + "/decision").with(csrf()).param("decision", "HOLD").param("reason", "x"))
                .andExpect(redirectedUrl("/cases/" + CaseFileFixtures.MRN))
                .andExpect(flash().attribute("flash", FlashMessage.warning("task.closedWithoutDecision",
                        FlashMessage.label("status.CANCELLED"))));
    }

    @Test
    void decisionWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/tasks/" + TASK + "/decision").param("decision", "RELEASE").param("reason", "fine"))
                .andExpect(status().isForbidden());
        verifyNoInteractions(officers);
    }
}
