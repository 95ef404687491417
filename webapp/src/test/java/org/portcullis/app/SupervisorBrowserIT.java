package org.portcullis.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.portcullis.casework.deadletter.DeadLetterQueue;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A supervisor with a real browser: decides a referral no clerk decided by its deadline; retries a case's step that
 * failed past its retries once the cause is fixed; reads the dashboard (charts drawn by Chart.js, CSV of the same
 * figures); replays a dead letter whose cause is gone and sees the carrier answered; works in Dutch.
 */
class SupervisorBrowserIT extends BrowserIntegrationTest {

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @Autowired
    RuntimeService runtime;

    @Autowired
    DeadLetterQueue deadLetters;

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
            assertThat(textOf(By.id("escalation")))
                    .contains("escalated to the supervisors");
            PageChecks.assertCleanPage(browser);
            browser.findElement(By.cssSelector("input[name='decision'][value='HOLD']")).click();
            browser.findElement(By.id("reason")).sendKeys("Arms without licence; no clerk available before arrival");
            browser.findElement(By.id("carrierMessage")).sendKeys("Arms without licence: the goods are held");
            clickAndLeavePage(browser.findElement(By.id("submit-decision")));
            assertThat(flash()).contains("Hold the goods", mrn);

            var held = carrier.awaitNotice("HELD", lrn);
            assertThat(held.body().path("reason").asText()).isEqualTo("Arms without licence: the goods are held");
            assertThat(pcs.awaitNotices(mrn, 1)).singleElement()
                    .satisfies(notice -> assertThat(notice.containerStatus()).isEqualTo("HELD"));
        }
    }

    @Test
    void supervisorRetriesAFailedReleaseOnceTheCauseIsFixed() throws Exception {
        String imo = uniqueImo();
        Instant eta = TestDates.ETA;
        try (CarrierClient carrier = carrier("RETRY"); PortCommunityClient pcs = portCommunity()) {
            String lrn = unique("green");
            carrier.send(sample("filing-green.json", lrn, imo, eta), lrn);
            String mrn = carrier.awaitNotice("ACCEPTED", lrn).mrn();
            carrier.awaitNotice("ASSESSMENT_COMPLETE", lrn);
            // every agency has decided, so that the release (which waits for them all) is the step that reads the filing
            carrier.awaitNotice("PORT_CALL_CLEARED", lrn);
            String document = jdbc.sql("select document_sha256 from filing_version where mrn = ?").param(mrn)
                    .query(String.class).single();
            jdbc.sql("update filing_version set document = 'not a filing', document_sha256 = null where mrn = ?")
                    .param(mrn).update();

            String eventId = unique("arrived");
            pcs.send(PortCommunityClient.arrival(eventId, imo, "NLRTM", eta), eventId);
            String instanceId = runtime.createProcessInstanceQuery().processInstanceBusinessKey(mrn).singleResult()
                    .getId();
            Job release = await().atMost(Duration.ofSeconds(15)).until(() -> management.createJobQuery()
                    .processInstanceId(instanceId).activityId("Task_Release").withException().singleResult(),
                    job -> job != null);
            management.setJobRetries(release.getId(), 0);

            signIn("supervisor", "supervisor");
            browser.findElement(By.linkText("Failed steps")).click();
            WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#incidents tr[data-mrn='" + mrn + "']")));
            assertThat(row.getText()).contains("Release");
            PageChecks.assertCleanPage(browser);
            jdbc.sql("update filing_version set document = null, document_sha256 = ? where mrn = ?")
                    .params(document, mrn).update();
            clickAndLeavePage(row.findElement(By.cssSelector("button.retry")));
            assertThat(flash()).contains("runs again");

            carrier.awaitNotice("RELEASED", lrn);
            assertThat(pcs.awaitNotices(mrn, 2)).hasSize(2);
            await().atMost(Duration.ofSeconds(5)).until(() -> "RELEASED".equals(caseStatus(mrn)));
            browser.get(url("/incidents"));
            assertThat(browser.findElements(By.cssSelector("#incidents tr[data-mrn='" + mrn + "']"))).isEmpty();
        }
    }

    @Test
    void dashboardDrawsItsChartsAndExportsTheSameFigures() throws Exception {
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(*) from assessment_finding where rule_id = 'TGT-001'").query(Integer.class).single() > 0);
        signIn("supervisor", "supervisor");
        browser.findElement(By.linkText("Dashboard")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("canvas[data-chart='lane'][data-drawn]")));

        assertThat(browser.findElements(By.cssSelector("canvas[data-drawn='true']")).size()).isGreaterThanOrEqualTo(4);
        assertThat(browser.findElement(By.id("rule-hits")).getText()).contains("TGT-001");
        assertThat(browser.findElement(By.id("top-hs-chapters")).getText()).contains("93");
        PageChecks.assertCleanPage(browser);
        PageChecks.screenshot(browser, "dashboard");

        String csv = get(browser.findElement(By.id("csv-export")).getAttribute("href"));
        assertThat(csv).startsWith("figure,key,value,unit,label").contains("rule_hits,TGT-001,", "top_hs_chapters,93,");
    }

    @Test
    void supervisorReplaysADeadLetterAndTheCarrierIsAnswered() throws Exception {
        try (CarrierClient carrier = carrier("REPLAY")) {
            String messageId = unique("dead");
            sendAsOperator("portcullis.filings.DLQ", CarrierClient.sample("filing-green.json", messageId),
                    Map.of("messageId", messageId, "carrierId", "REPLAY", "contentType", "application/json",
                            "deadLetterReason", "not handled after 5 delivery attempts (database was down)"));

            signIn("supervisor", "supervisor");
            browser.findElement(By.linkText("Dead letters")).click();
            WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("tr[data-message-id='" + messageId + "']")));
            assertThat(row.findElement(By.cssSelector(".reason")).getText())
                    .isEqualTo("not handled after 5 delivery attempts (database was down)");
            PageChecks.assertCleanPage(browser);

            clickAndLeavePage(row.findElement(By.cssSelector("button.replay")));
            assertThat(flash()).isEqualTo("Message " + messageId + " was sent back to portcullis.filings.");
            assertThat(browser.findElements(By.cssSelector("tr[data-message-id='" + messageId + "']"))).isEmpty();

            var accepted = carrier.awaitNotice("ACCEPTED", messageId);
            assertThat(accepted.mrn()).isNotBlank();
            assertThat(deadLetters.browse(0, DeadLetterQueue.COUNT_LIMIT).letters())
                    .noneMatch(letter -> messageId.equals(letter.messageId()));
            assertThat(jdbc.sql("select replayed_by from dead_letter_replay where message_id = ?").param(messageId)
                    .query(String.class).list()).containsExactly("supervisor");
        }
    }

    @Test
    void officerSwitchesToDutchAndBack() throws Exception {
        signIn("supervisor", "supervisor");
        browser.findElement(By.cssSelector("#languages a[data-lang='nl']")).click();

        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Werkbak"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");
        assertThat(browser.findElement(By.id("main-nav")).getText())
                .contains("Dossiers", "Mislukte stappen", "Regels", "Onbestelbare berichten");
        PageChecks.assertCleanPage(browser);

        browser.findElement(By.linkText("Dashboard")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Dashboard"));
        assertThat(browser.findElement(By.id("status-title")).getText()).isEqualTo("Dossiers per status");
        PageChecks.assertCleanPage(browser);

        browser.findElement(By.linkText("Regels")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Regels"));
        assertThat(browser.findElement(By.cssSelector(".nav-tabs")).getText()).contains("Actieve regelset", "Catalogus")
                .doesNotContain("Concept");
        PageChecks.assertCleanPage(browser);

        browser.findElement(By.cssSelector("#languages a[data-lang='en']")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Rules"));
    }

    private String get(String url) throws Exception {
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", "JSESSIONID=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
