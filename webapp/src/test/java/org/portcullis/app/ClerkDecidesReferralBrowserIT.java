package org.portcullis.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.portcullis.model.clearance.ClearanceCases;
import org.portcullis.model.value.Mrn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Clerks work referrals with a real browser: an inspection ordered, scheduled and its result recorded by the
 * inspecting officer; a question to the carrier whose answer comes back to the case file. The carrier and the
 * terminal are told at every step.
 */
class ClerkDecidesReferralBrowserIT extends BrowserIntegrationTest {

    @Autowired
    TaskService tasks;

    @Autowired
    ClearanceCases clearance;


    @Test
    void clerkOrdersAnInspectionSchedulesItAndTheInspectorRecordsTheResult() throws Exception {
        try (CarrierClient carrier = carrier("BROWSE"); PortCommunityClient pcs = portCommunity()) {
            String messageId = "arms-" + UUID.randomUUID().toString().substring(0, 8);
            carrier.send(CarrierClient.sample("filing-arms.json", messageId), messageId);
            String mrn = carrier.awaitNotice("ACCEPTED", messageId).mrn();
            await().atMost(Duration.ofSeconds(15))
                    .until(() -> tasks.createTaskQuery().processInstanceBusinessKey(mrn).count() == 1);

            signIn("clerk", "clerk");
            openTask(mrn, "Review referral");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("decision-form")));
            assertThat(browser.findElement(By.cssSelector("tr[data-rule-id='TGT-001']")).getText())
                    .contains("chapter 93");
            assertThat(browser.findElement(By.id("task-due")).getText()).startsWith("Due 2026-12-04 08:00");
            browser.findElement(By.cssSelector("input[name='decision'][value='INSPECT']")).click();
            browser.findElement(By.id("submit-decision")).click();

            WebElement reasonError = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#reason + .invalid-feedback")));
            assertThat(reasonError.getText()).isEqualTo("Give the reason for your decision.");
            assertThat(caseStatus(mrn)).isEqualTo("REFERRED");

            browser.findElement(By.id("reason")).sendKeys("Ammunition without an import licence on file");
            browser.findElement(By.id("submit-decision")).click();
            assertThat(flash()).contains("INSPECT", mrn);

            openTask(mrn, "Schedule inspection");
            browser.findElement(By.id("submit-inspection")).click();
            assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#place + .invalid-feedback")))
                    .getText()).isEqualTo("Give the place of the inspection.");
            browser.findElement(By.id("place")).sendKeys("Scanner ECT Delta");
            ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2026-12-04T16:30'",
                    browser.findElement(By.id("scheduledFor")));
            new Select(browser.findElement(By.id("inspector"))).selectByValue("clerk2");
            browser.findElement(By.id("submit-inspection")).click();
            assertThat(flash()).contains(mrn, "clerk2");

            var control = carrier.awaitNotice("CONTROL_NOTIFIED", messageId);
            assertThat(control.body().path("reason").asText()).isEqualTo("Physical inspection at Scanner ECT Delta on "
                    + "2026-12-04 16:30 UTC: Ammunition without an import licence on file");
            assertThat(pcs.awaitNotices(mrn, 1)).singleElement().satisfies(notice -> {
                assertThat(notice.containerStatus()).isEqualTo("HELD_FOR_INSPECTION");
                assertThat(notice.body().path("inspection").path("place").asText()).isEqualTo("Scanner ECT Delta");
            });
            assertThat(browser.findElements(By.cssSelector("tr[data-mrn='" + mrn + "']"))).isEmpty();

            signOut();
            signIn("clerk2", "clerk2");
            openTask(mrn, "Record inspection result");
            assertThat(browser.findElement(By.cssSelector("#inspections")).getText()).contains("Scanner ECT Delta");
            browser.findElement(By.cssSelector("input[name='verdict'][value='NO_IRREGULARITY']")).click();
            browser.findElement(By.id("details")).sendKeys("Sporting ammunition, licence shown at the scanner");
            browser.findElement(By.id("submit-inspection-result")).click();
            assertThat(flash()).contains("NO_IRREGULARITY", mrn);

            var cleared = carrier.awaitNotice("ASSESSMENT_COMPLETE", messageId);
            assertThat(cleared.body().path("reason").asText()).isEqualTo("Sporting ammunition, licence shown at the scanner");
            await().atMost(Duration.ofSeconds(5)).until(() -> "ASSESSED".equals(caseStatus(mrn)));
        }
    }

    @Test
    void clerkAsksTheCarrierAQuestionAndTheAnswerComesBackToTheReferral() throws Exception {
        try (CarrierClient carrier = carrier("BROWSE")) {
            String messageId = "vague-" + UUID.randomUUID().toString().substring(0, 8);
            carrier.send(CarrierClient.sample("filing-vague-description.json", messageId), messageId);
            String mrn = carrier.awaitNotice("ACCEPTED", messageId).mrn();
            await().atMost(Duration.ofSeconds(15))
                    .until(() -> tasks.createTaskQuery().processInstanceBusinessKey(mrn).count() == 1);

            signIn("clerk", "clerk");
            openTask(mrn, "Review referral");
            assertThat(browser.findElement(By.id("reason-help")).getText()).contains("write the question");
            browser.findElement(By.cssSelector("input[name='decision'][value='REQUEST_INFORMATION']")).click();
            browser.findElement(By.id("reason")).sendKeys("What exactly is the 'General cargo' of consignment 2?");
            browser.findElement(By.id("submit-decision")).click();
            assertThat(flash()).contains("REQUEST_INFORMATION", mrn);

            var question = carrier.awaitNotice("INFORMATION_REQUESTED", messageId);
            assertThat(question.body().path("reason").asText()).isEqualTo("What exactly is the 'General cargo' of consignment 2?");
            await().atMost(Duration.ofSeconds(5)).until(() -> "INFORMATION_REQUESTED".equals(caseStatus(mrn)));

            clearance.provideInformation(Mrn.of(mrn), "Office chairs, HS 9401.30");

            await().atMost(Duration.ofSeconds(15)).until(() -> tasks.createTaskQuery()
                    .processInstanceBusinessKey(mrn).taskDefinitionKey("Task_ReviewReferral").count() == 1);
            browser.get("http://localhost:" + port + "/cases/" + mrn);
            assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("answers"))).getText())
                    .contains("Office chairs, HS 9401.30");
        }
    }

    @Test
    void wrongPasswordIsRefused() throws Exception {
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys("clerk");
        browser.findElement(By.id("password")).sendKeys("not-the-password");
        browser.findElement(By.id("sign-in")).click();

        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-danger"))).getText())
                .isEqualTo("Wrong user or password.");
    }
}
