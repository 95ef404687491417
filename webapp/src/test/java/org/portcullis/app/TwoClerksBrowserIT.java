package org.portcullis.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two clerks open the same referral at once. The first to decide wins; the second is told who decided what and
 * when, lands on the case file, and nothing of theirs is recorded or sent.
 */
class TwoClerksBrowserIT extends BrowserIntegrationTest {

    @Autowired
    TaskService tasks;

    private WebDriver colin;

    @BeforeEach
    void openSecondBrowser() throws Exception {
        colin = Browser.start();
    }

    @AfterEach
    void closeSecondBrowser() {
        if (colin != null) {
            colin.quit();
        }
    }

    @Test
    void secondClerkIsToldTheFirstDecidedAndNothingOfTheirsIsRecorded() throws Exception {
        try (CarrierClient carrier = carrier("TWOCLERKS")) {
            String messageId = "arms-" + UUID.randomUUID().toString().substring(0, 8);
            String mrn = referArms(carrier, messageId, "TWO CLERKS ");
            String taskId = tasks.createTaskQuery().processInstanceBusinessKey(mrn).singleResult().getId();

            signIn(browser, "clerk", "clerk");
            signIn(colin, "clerk2", "clerk2");
            for (WebDriver clerk : new WebDriver[] {browser, colin}) {
                clerk.get(url("/tasks/" + taskId));
                waitFor(clerk).until(ExpectedConditions.presenceOfElementLocated(By.id("decision-form")));
            }

            decide(browser, "HOLD", "No import licence for the ammunition");
            flash();
            decide(colin, "RELEASE", "Looks fine to me");

            var warning = waitFor(colin).until(ExpectedConditions.presenceOfElementLocated(By.id("flash")));
            assertThat(warning.getText()).startsWith("clerk decided this task first (Hold the goods at")
                    .endsWith("Your decision was not recorded; the case file shows the decision that stands.");
            assertThat(colin.getCurrentUrl()).endsWith("/cases/" + mrn);
            assertThat(colin.findElement(By.id("decisions")).getText()).contains("No import licence for the ammunition")
                    .doesNotContain("Looks fine to me");
            PageChecks.assertCleanPage(colin);

            assertThat(carrier.awaitNotice("HELD", messageId).body().has("reason"))
                    .as("the internal reason never reaches the carrier").isFalse();
            assertThat(jdbc.sql("select decision from officer_decision where mrn = ?").param(mrn)
                    .query(String.class).list()).containsExactly("HOLD");
            assertThat(jdbc.sql("select notice_type from notice where mrn = ? and " + CUSTOMS_NOTICE
                    + " order by seq").param(mrn).query(String.class).list()).containsExactly("ACCEPTED", "HELD");
        }
    }

    @Test
    void clerkSeesWhoHoldsATaskAndASupervisorHandsItOn() throws Exception {
        try (CarrierClient carrier = carrier("TWOCLERKS")) {
            String mrn = referArms(carrier, "arms-" + UUID.randomUUID().toString().substring(0, 8), "HELD TASK ");
            String taskId = tasks.createTaskQuery().processInstanceBusinessKey(mrn).singleResult().getId();

            signIn(browser, "clerk", "clerk");
            browser.get(url("/tasks/" + taskId));
            assertThat(textOf(By.id("claim-help")))
                    .startsWith("You can decide without claiming");
            browser.findElement(By.id("claim")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("unclaim")));

            signIn(colin, "clerk2", "clerk2");
            colin.get(url("/tasks/" + taskId));
            assertThat(waitFor(colin).until(ExpectedConditions.presenceOfElementLocated(By.id("held-by-other")))
                    .getText()).startsWith("clerk holds this task");
            assertThat(colin.findElement(By.id("submit-decision")).isEnabled()).isFalse();
            assertThat(colin.findElement(By.id("reason")).isEnabled()).isFalse();
            assertThat(colin.findElements(By.id("release-claim"))).isEmpty();
            PageChecks.assertCleanPage(colin);
            PageChecks.screenshot(colin, "task-held-by-another");

            signOut();
            signIn(browser, "supervisor", "supervisor");
            browser.get(url("/tasks/" + taskId));
            assertThat(textOf(By.id("held-by-other")))
                    .contains("As a supervisor you can release the claim or hand the task on");
            PageChecks.assertCleanPage(browser);
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("hand-on-officer")))
                    .selectByValue("clerk2");
            clickAndLeavePage(browser.findElement(By.id("hand-on-submit")));
            assertThat(flash()).isEqualTo("The task is handed on to clerk2.");
            assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("clerk2");
            browser.get(url("/cases/" + mrn));
            assertThat(browser.findElements(By.cssSelector("#timeline li[data-kind='CLAIM']")))
                    .extracting(org.openqa.selenium.WebElement::getText).satisfiesExactly(
                            claimed -> assertThat(claimed).endsWith("clerk claimed the task Review referral"),
                            handedOn -> assertThat(handedOn).endsWith(
                                    "supervisor handed the task Review referral on from clerk to clerk2"));
            PageChecks.assertCleanPage(browser);

            colin.navigate().refresh();
            waitFor(colin).until(ExpectedConditions.presenceOfElementLocated(By.id("unclaim")));
            assertThat(colin.findElement(By.id("submit-decision")).isEnabled()).isTrue();
            decide(colin, "HOLD", "Handed on by the supervisor");
            waitFor(colin).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success")));
            assertThat(jdbc.sql("select officer from officer_decision where mrn = ?").param(mrn)
                    .query(String.class).list()).containsExactly("clerk2");
        }
    }

    /** Files arms (a referral) under a vessel named for the test and returns the MRN once its task is open. */
    private String referArms(CarrierClient carrier, String messageId, String vessel) throws Exception {
        carrier.send(TestFilings.sample("filing-arms.json", messageId, vessel + messageId, "NLRTM",
                Instant.now().plus(Duration.ofDays(2))), messageId);
        String mrn = carrier.awaitNotice("ACCEPTED", messageId).mrn();
        await().atMost(Duration.ofSeconds(15))
                .until(() -> tasks.createTaskQuery().processInstanceBusinessKey(mrn).count() == 1);
        return mrn;
    }

    private static void decide(WebDriver clerk, String decision, String reason) {
        clerk.findElement(By.cssSelector("input[name='decision'][value='" + decision + "']")).click();
        clerk.findElement(By.id("reason")).sendKeys(reason);
        clickAndLeavePage(clerk, clerk.findElement(By.id("submit-decision")));
    }
}
