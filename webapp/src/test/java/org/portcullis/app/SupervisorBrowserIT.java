package org.portcullis.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A supervisor with a real browser: decides a referral no clerk decided by its deadline, and retries a case's step
 * that failed past its retries once the cause is fixed.
 */
class SupervisorBrowserIT extends BrowserIntegrationTest {

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @Autowired
    RuntimeService runtime;


    @Test
    void referralUndecidedByItsDeadlineIsDecidedByASupervisor() throws Exception {
        String imo = uniqueImo();
        try (CarrierClient carrier = carrier("ESCALATE"); PortCommunityClient pcs = portCommunity()) {
            String lrn = unique("arms");
            Instant eta = Instant.now().plus(Duration.ofHours(6)).plusSeconds(3);
            carrier.send(sample("filing-arms.json", lrn, imo, eta), lrn);
            String mrn = carrier.awaitNotice("ACCEPTED", lrn).mrn();

            await().atMost(Duration.ofSeconds(30)).until(() -> tasks.createTaskQuery().processInstanceBusinessKey(mrn)
                    .taskDefinitionKey("Task_ReviewEscalatedReferral").count() == 1);
            assertThat(tasks.createTaskQuery().processInstanceBusinessKey(mrn).taskCandidateGroup("supervisors")
                    .count()).isEqualTo(1);

            signIn("supervisor", "supervisor");
            openTask(mrn, "Review escalated referral");
            assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("escalation"))).getText())
                    .contains("escalated to the supervisors");
            browser.findElement(By.cssSelector("input[name='decision'][value='HOLD']")).click();
            browser.findElement(By.id("reason")).sendKeys("Arms without licence; no clerk available before arrival");
            browser.findElement(By.id("submit-decision")).click();
            assertThat(flash()).contains("HOLD", mrn);

            var held = carrier.awaitNotice("HELD", lrn);
            assertThat(held.body().path("reason").asText()).startsWith("Arms without licence");
            assertThat(pcs.awaitNotices(mrn, 1)).singleElement()
                    .satisfies(notice -> assertThat(notice.containerStatus()).isEqualTo("HELD"));
        }
    }

    @Test
    void supervisorRetriesAFailedReleaseOnceTheCauseIsFixed() throws Exception {
        String imo = uniqueImo();
        Instant eta = Instant.parse("2026-12-04T14:00:00Z");
        try (CarrierClient carrier = carrier("RETRY"); PortCommunityClient pcs = portCommunity()) {
            String lrn = unique("green");
            carrier.send(sample("filing-green.json", lrn, imo, eta), lrn);
            String mrn = carrier.awaitNotice("ACCEPTED", lrn).mrn();
            carrier.awaitNotice("ASSESSMENT_COMPLETE", lrn);
            String document = jdbc.sql("select document from filing_version where mrn = ?").param(mrn)
                    .query(String.class).single();
            jdbc.sql("update filing_version set document = 'not a filing' where mrn = ?").param(mrn).update();

            String eventId = unique("arrived");
            pcs.send(PortCommunityClient.arrival(eventId, imo, "NLRTM", eta), eventId);
            String instanceId = runtime.createProcessInstanceQuery().processInstanceBusinessKey(mrn).singleResult()
                    .getId();
            Job release = await().atMost(Duration.ofSeconds(15)).until(() -> management.createJobQuery()
                    .processInstanceId(instanceId).activityId("Task_Release").withException().singleResult(),
                    job -> job != null);
            management.setJobRetries(release.getId(), 0);

            signIn("supervisor", "supervisor");
            browser.get("http://localhost:" + port + "/incidents");
            WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#incidents tr[data-mrn='" + mrn + "']")));
            assertThat(row.getText()).contains("Release");
            jdbc.sql("update filing_version set document = ? where mrn = ?").params(document, mrn).update();
            row.findElement(By.cssSelector("button.retry")).click();
            assertThat(flash()).contains("runs again");

            carrier.awaitNotice("RELEASED", lrn);
            assertThat(pcs.awaitNotices(mrn, 2)).hasSize(2);
            await().atMost(Duration.ofSeconds(5)).until(() -> "RELEASED".equals(caseStatus(mrn)));
            browser.get("http://localhost:" + port + "/incidents");
            assertThat(browser.findElements(By.cssSelector("#incidents tr[data-mrn='" + mrn + "']"))).isEmpty();
        }
    }


    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
