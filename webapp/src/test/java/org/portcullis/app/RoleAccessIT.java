package org.portcullis.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portcullis.casework.deadletter.DeadLetter;
import org.portcullis.casework.deadletter.DeadLetterQueue;
import org.portcullis.casework.deadletter.DeadLetterReplay;
import org.portcullis.app.web.Officers;
import org.portcullis.model.intake.FilingIntake;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Roles against the running application and its real state: what a role may not do answers 403 and leaves the
 * dead-letter queue, the task and the case as they were; two clerks deciding the same task at the same instant
 * leave one decision and one notice.
 */
class RoleAccessIT extends PortcullisIntegrationTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    FilingIntake intake;
    @Autowired
    TaskService tasks;
    @Autowired
    DeadLetterQueue deadLetters;
    @Autowired
    DeadLetterReplay replay;

    private MockMvc mvc;

    @BeforeEach
    void mockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    @Test
    void clerkAndAdministratorCannotReplayADeadLetter() throws Exception {
        String messageId = "dead-" + UUID.randomUUID().toString().substring(0, 8);
        sendAsOperator("portcullis.filings.DLQ", "{}", Map.of("messageId", messageId, "carrierId", "ROLES",
                "deadLetterReason", "test"));
        String id = await().atMost(Duration.ofSeconds(5)).until(() -> deadLetterId(messageId), v -> v != null);

        for (String role : List.of("CLERK", "ADMIN", "RULE_AUTHOR")) {
            mvc.perform(post("/dead-letters/replay").param("id", id).with(csrf())
                            .with(authentication(Officers.authentication("someone", List.of(role), List.of()))))
                    .andExpect(status().isForbidden());
        }
        SecurityContextHolder.getContext().setAuthentication(
                Officers.authentication("clerk", List.of("CLERK"), List.of("clerks")));
        try {
            assertThatThrownBy(() -> replay.replay(id, "clerk")).isInstanceOf(AccessDeniedException.class);
        } finally {
            SecurityContextHolder.clearContext();
        }

        assertThat(deadLetterId(messageId)).isEqualTo(id);
        assertThat(jdbc.sql("select count(*) from dead_letter_replay where message_id = ?").param(messageId)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void ruleAuthorCannotDecideAReferral() throws Exception {
        String mrn = referral("author");
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey(mrn).singleResult().getId();

        mvc.perform(post("/tasks/" + taskId + "/decision").param("decision", "RELEASE").param("reason", "fine")
                        .with(csrf()).with(authentication(Officers.authentication("author", List.of("RULE_AUTHOR"),
                                List.of("ruleauthors")))))
                .andExpect(status().isForbidden());

        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
        assertThat(caseStatus(mrn)).isEqualTo("REFERRED");
        assertThat(jdbc.sql("select count(*) from officer_decision where mrn = ?").param(mrn)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void twoClerksDecidingAtTheSameInstantLeaveOneDecisionAndOneNotice() throws Exception {
        String mrn = referral("race");
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey(mrn).singleResult().getId();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> answers = pool.invokeAll(List.of(decide(taskId, "clerk", "HOLD"),
                    decide(taskId, "clerk2", "RELEASE")));
            List<String> redirects = List.of(answers.get(0).get(), answers.get(1).get());
            assertThat(redirects).containsExactlyInAnyOrder("/tasks", "/cases/" + mrn);
        } finally {
            pool.shutdown();
        }

        assertThat(jdbc.sql("select count(*) from officer_decision where mrn = ?").param(mrn)
                .query(Integer.class).single()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql(
                "select count(*) from notice where mrn = ? and notice_type in ('HELD', 'ASSESSMENT_COMPLETE')")
                .param(mrn).query(Integer.class).single() == 1);
        assertThat(jdbc.sql("select count(*) from notice where mrn = ? and notice_type <> 'ACCEPTED' and "
                + CUSTOMS_NOTICE).param(mrn).query(Integer.class).single()).isEqualTo(1);
    }

    private Callable<String> decide(String taskId, String clerk, String decision) {
        return () -> mvc.perform(post("/tasks/" + taskId + "/decision").param("decision", decision)
                        .param("reason", "decided by " + clerk).with(csrf())
                        .with(authentication(Officers.authentication(clerk, List.of("CLERK"), List.of("clerks")))))
                .andReturn().getResponse().getRedirectedUrl();
    }

    private String referral(String name) {
        String lrn = name + "-" + UUID.randomUUID().toString().substring(0, 8);
        String mrn = Intake.file(intake, "ROLES", TestFilings.sample("filing-arms.json", lrn, "ROLES " + lrn, "NLRTM",
                Instant.now().plus(Duration.ofDays(1))), lrn);
        await().atMost(Duration.ofSeconds(15))
                .until(() -> tasks.createTaskQuery().processInstanceBusinessKey(mrn).count() == 1);
        return mrn;
    }

    private String deadLetterId(String messageId) {
        return deadLetters.browse(0, DeadLetterQueue.COUNT_LIMIT).letters().stream()
                .filter(letter -> messageId.equals(letter.messageId())).map(DeadLetter::id).findFirst().orElse(null);
    }
}
