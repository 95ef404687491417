package org.portcullis.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.portcullis.app.web.Times;
import org.portcullis.model.clearance.ClearanceCases;
import org.portcullis.model.value.Mrn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Clerks work referrals with a real browser. One finds the referral in the inbox by its vessel, claims it, reads
 * the case file, is stopped by a missing reason, orders an inspection, cannot decide twice with the back button,
 * and schedules the inspection; the inspecting officer records its result. Another asks the carrier a question
 * whose answer comes back to the case file. The carrier and the terminal are told at every step, and every page
 * is free of JavaScript errors and accessibility violations.
 */
class ClerkDecidesReferralBrowserIT extends BrowserIntegrationTest {

    /** How the carrier's notices give the time of an inspection. */
    private static final DateTimeFormatter NOTICE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    /** How the pages write times, and how the officer types them. */
    private static final DateTimeFormatter FORM_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String INTERNAL_REASON = "Intelligence unit: consignee named in an open investigation";

    @Autowired
    TaskService tasks;

    /** How the pages write times (the authority's time zone). */
    @Autowired
    Times times;

    @Autowired
    ClearanceCases clearance;

    @Test
    void clerkOrdersAnInspectionSchedulesItAndTheInspectorRecordsTheResult() throws Exception {
        try (CarrierClient carrier = carrier("BROWSE"); PortCommunityClient pcs = portCommunity()) {
            String messageId = "arms-" + UUID.randomUUID().toString().substring(0, 8);
            String imo = uniqueImo();
            Instant eta = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
            carrier.send(sample("filing-arms.json", messageId, imo, eta), messageId);
            String mrn = carrier.awaitNotice("ACCEPTED", messageId).mrn();
            await().atMost(Duration.ofSeconds(15))
                    .until(() -> tasks.createTaskQuery().processInstanceBusinessKey(mrn).count() == 1);

            signIn("clerk", "clerk");
            PageChecks.screenshot(browser, "inbox");
            browser.findElement(By.id("vessel")).sendKeys(imo);
            new Select(browser.findElement(By.id("lane"))).selectByValue("RED");
            browser.findElement(By.id("apply-filter")).click();
            // The unfiltered inbox holds the row too: wait for the filtered page before reading it.
            wait.until(ExpectedConditions.textToBe(By.id("inbox-count"), "Tasks 1 to 1 of 1"));
            WebElement row = browser.findElement(By.cssSelector("tr[data-mrn='" + mrn + "']"));
            assertThat(row.findElement(By.cssSelector(".deadline")).getText())
                    .contains(times.dateTime(eta.minus(Duration.ofHours(6))), "left");
            PageChecks.assertCleanPage(browser);

            row.findElement(By.cssSelector("button.claim")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("decision-form")));
            assertThat(browser.findElement(By.id("claimed-by")).getText()).isEqualTo("Claimed by clerk");
            assertThat(browser.findElement(By.cssSelector(".task-panel")).getText())
                    .contains("Decide by " + times.dateTime(eta.minus(Duration.ofHours(6))));
            assertThat(browser.findElement(By.cssSelector("tr[data-rule-id='TGT-001']")).getText())
                    .contains("chapter 93");
            assertThat(browser.findElement(By.id("process-path")).getText()).contains("Review referral", "waiting here");
            PageChecks.assertCleanPage(browser);

            browser.findElement(By.cssSelector("input[name='decision'][value='INSPECT']")).click();
            clickAndLeavePage(browser.findElement(By.id("submit-decision")));
            String reasonError = textOf(By.cssSelector("#reason ~ .invalid-feedback"));
            assertThat(reasonError).isEqualTo("Give the reason for your decision.");
            assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("reason");
            assertThat(caseStatus(mrn)).isEqualTo("REFERRED");
            PageChecks.assertCleanPage(browser);
            PageChecks.screenshot(browser, "decision-form");

            browser.findElement(By.id("reason")).sendKeys(INTERNAL_REASON);
            browser.findElement(By.id("carrierMessage")).sendKeys("Ammunition without an import licence on file");
            clickAndLeavePage(browser.findElement(By.id("submit-decision")));
            assertThat(flash()).contains("Order a physical inspection", mrn).doesNotContain("INSPECT ");

            browser.navigate().back();
            wait.until(page -> !page.findElements(By.id("flash")).isEmpty()
                    || !page.findElements(By.id("decision-form")).isEmpty());
            if (browser.findElements(By.id("flash")).isEmpty()) {
                // The browser showed the old form from its cache: sending it again must be refused honestly.
                browser.findElement(By.id("submit-decision")).click();
            }
            String honest = textOf(By.id("flash"));
            assertThat(honest).startsWith("You had already decided this task (Order a physical inspection at");
            assertThat(browser.findElement(By.id("decisions")).getText())
                    .contains(INTERNAL_REASON, "Ammunition without an import licence on file");
            PageChecks.assertCleanPage(browser);
            assertThat(jdbc.sql("select count(*) from officer_decision where mrn = ?").param(mrn)
                    .query(Integer.class).single()).isEqualTo(1);

            openTask(mrn, "Schedule inspection");
            clickAndLeavePage(browser.findElement(By.id("submit-inspection")));
            assertThat(textOf(By.cssSelector("#place ~ .invalid-feedback"))).isEqualTo("Give the place of the inspection.");
            PageChecks.assertCleanPage(browser);
            browser.findElement(By.id("place")).sendKeys("Scanner ECT Delta");
            new Select(browser.findElement(By.id("inspector"))).selectByValue("clerk2");
            Instant fourDaysAgo = Instant.now().minus(Duration.ofDays(4)).truncatedTo(ChronoUnit.MINUTES);
            browser.findElement(By.id("scheduledFor")).sendKeys(FORM_INPUT.format(fourDaysAgo.atZone(times.zoneId())));
            clickAndLeavePage(browser.findElement(By.id("submit-inspection")));
            assertThat(textOf(By.id("scheduledFor-error"))).startsWith("This time has passed");
            Instant beforeArrival = eta.minus(Duration.ofHours(3));
            typeTime(beforeArrival);
            clickAndLeavePage(browser.findElement(By.id("submit-inspection")));
            String beforeArrivalError = wait.until(page -> {
                String text = page.findElements(By.id("scheduledFor-error")).stream().findFirst()
                        .map(WebElement::getText).orElse("");
                return text.isEmpty() || text.startsWith("This time has passed") ? null : text;
            });
            assertThat(beforeArrivalError)
                    .startsWith("This time lies before the vessel's arrival (" + times.dateTime(eta) + ")");
            assertThat(jdbc.sql("select count(*) from inspection where mrn = ?").param(mrn).query(Integer.class)
                    .single()).isZero();
            PageChecks.assertCleanPage(browser);
            Instant inspection = eta.plus(Duration.ofMinutes(150));
            typeTime(inspection);
            clickAndLeavePage(browser.findElement(By.id("submit-inspection")));
            assertThat(flash()).contains(mrn, "clerk2");

            var control = carrier.awaitNotice("CONTROL_NOTIFIED", messageId);
            assertThat(control.body().path("reason").asText()).isEqualTo("Physical inspection at Scanner ECT Delta on "
                    + NOTICE_TIME.format(inspection) + ": Ammunition without an import licence on file");
            assertThat(control.body().toString()).doesNotContain("Intelligence unit");
            assertThat(control.body().path("lane").asText()).isEqualTo("RED");
            assertThat(pcs.awaitNotices(mrn, 1)).singleElement().satisfies(notice -> {
                assertThat(notice.containerStatus()).isEqualTo("HELD_FOR_INSPECTION");
                assertThat(notice.body().path("inspection").path("place").asText()).isEqualTo("Scanner ECT Delta");
            });
            await().atMost(Duration.ofSeconds(5)).until(() -> "UNDER_INSPECTION".equals(caseStatus(mrn)));
            assertThat(browser.findElements(By.cssSelector("tr[data-mrn='" + mrn + "']"))).isEmpty();

            signOut();
            signIn("clerk2", "clerk2");
            openTask(mrn, "Record inspection result");
            assertThat(browser.findElement(By.id("inspections")).getText()).contains("Scanner ECT Delta");
            assertThat(browser.findElement(By.id("inspection-order")).getText())
                    .isEqualTo("Inspection at Scanner ECT Delta on " + times.dateTime(inspection) + " by clerk2.");
            assertThat(browser.findElement(By.cssSelector(".task-panel")).getText())
                    .contains("Decide by " + times.dateTime(inspection.plus(Duration.ofHours(4))));
            PageChecks.assertCleanPage(browser);
            browser.findElement(By.cssSelector("input[name='verdict'][value='NO_IRREGULARITY']")).click();
            browser.findElement(By.id("details")).sendKeys("Sporting ammunition, licence kept by the harbour police");
            browser.findElement(By.id("carrierMessage")).sendKeys("Inspection done, nothing irregular");
            clickAndLeavePage(browser.findElement(By.id("submit-inspection-result")));
            assertThat(flash()).contains("No irregularity: release", mrn);

            var cleared = carrier.awaitNotice("ASSESSMENT_COMPLETE", messageId);
            assertThat(cleared.body().path("reason").asText()).isEqualTo("Inspection done, nothing irregular");
            assertThat(cleared.body().path("lane").asText()).isEqualTo("GREEN");
            assertThat(pcs.awaitNotices(mrn, 1)).extracting(PortCommunityClient.TerminalNotice::containerStatus)
                    .containsExactly("RELEASED");
            await().atMost(Duration.ofSeconds(5)).until(() -> "CLEARED".equals(caseStatus(mrn)));

            browser.get(url("/cases/" + mrn));
            assertThat(browser.findElement(By.id("case-status")).getAttribute("data-status")).isEqualTo("CLEARED");
            assertThat(browser.findElement(By.id("case-status")).getText())
                    .isEqualTo("cleared by an officer, released on arrival");
            assertThat(browser.findElement(By.id("timeline")).getText()).contains(
                    "clerk scheduled an inspection at Scanner ECT Delta, by clerk2",
                    "clerk2 recorded the inspection result No irregularity: release",
                    "Notice held for inspection for container");
            assertThat(org.portcullis.app.web.RawCodes.in(browser.getPageSource())).isEmpty();
            assertThat(browser.findElements(By.cssSelector("#notices tr[data-notice-type='CONTROL_NOTIFIED']")))
                    .hasSize(1);
            PageChecks.assertCleanPage(browser);
            ((JavascriptExecutor) browser).executeScript("document.getElementById('decisions-title').scrollIntoView()");
            PageChecks.screenshot(browser, "case-file");
        }
    }

    @Test
    void clerkAsksTheCarrierAQuestionAndTheAnswerComesBackToTheReferral() throws Exception {
        try (CarrierClient carrier = carrier("BROWSE")) {
            String messageId = "vague-" + UUID.randomUUID().toString().substring(0, 8);
            carrier.send(sample("filing-vague-description.json", messageId, uniqueImo(), TestDates.ETA), messageId);
            String mrn = carrier.awaitNotice("ACCEPTED", messageId).mrn();
            await().atMost(Duration.ofSeconds(15))
                    .until(() -> tasks.createTaskQuery().processInstanceBusinessKey(mrn).count() == 1);

            signIn("clerk", "clerk");
            openTask(mrn, "Review referral");
            assertThat(browser.findElement(By.id("carrierMessage-help")).getText()).contains("write the question");
            browser.findElement(By.cssSelector("input[name='decision'][value='REQUEST_INFORMATION']")).click();
            browser.findElement(By.id("reason")).sendKeys("Description too vague to target");
            clickAndLeavePage(browser.findElement(By.id("submit-decision")));
            assertThat(textOf(By.id("carrierMessage-error")))
                    .isEqualTo("Write the question the carrier is to answer.");
            browser.findElement(By.id("carrierMessage"))
                    .sendKeys("What exactly is the 'General cargo' of consignment 2?");
            clickAndLeavePage(browser.findElement(By.id("submit-decision")));
            assertThat(flash()).contains("Ask the carrier for information", mrn);

            var question = carrier.awaitNotice("INFORMATION_REQUESTED", messageId);
            assertThat(question.body().path("reason").asText()).isEqualTo("What exactly is the 'General cargo' of consignment 2?");
            await().atMost(Duration.ofSeconds(5)).until(() -> "INFORMATION_REQUESTED".equals(caseStatus(mrn)));

            clearance.provideInformation(Mrn.of(mrn), "Office chairs, HS 9401.30");

            await().atMost(Duration.ofSeconds(15)).until(() -> tasks.createTaskQuery()
                    .processInstanceBusinessKey(mrn).taskDefinitionKey("Task_ReviewReferral").count() == 1);
            openTask(mrn, "Review referral");
            assertThat(browser.findElement(By.id("answered-question")).getText()).contains(
                    "The carrier answered your question at",
                    "What exactly is the 'General cargo' of consignment 2?", "Office chairs, HS 9401.30");
            PageChecks.assertCleanPage(browser);
            browser.get(url("/cases/" + mrn));
            assertThat(textOf(By.id("answers")))
                    .contains("Office chairs, HS 9401.30");
            assertThat(browser.findElement(By.id("timeline")).getText())
                    .contains("The carrier answered: Office chairs, HS 9401.30");
            PageChecks.assertCleanPage(browser);
        }
    }

    private void typeTime(Instant at) {
        WebElement field = browser.findElement(By.id("scheduledFor"));
        field.clear();
        field.sendKeys(FORM_INPUT.format(at.atZone(times.zoneId())));
    }

    @Test
    void wrongPasswordIsRefused() throws Exception {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("author");
        browser.findElement(By.id("password")).sendKeys("not-the-password");
        browser.findElement(By.id("sign-in")).click();

        assertThat(textOf(By.cssSelector(".alert-danger")))
                .isEqualTo("Wrong user or password.");
        PageChecks.assertCleanPage(browser);
    }
}
