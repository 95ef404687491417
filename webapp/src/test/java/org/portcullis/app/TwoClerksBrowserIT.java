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
            carrier.send(TestFilings.sample("filing-arms.json", messageId, "TWO CLERKS " + messageId,
                    "NLRTM", Instant.now().plus(Duration.ofDays(2))), messageId);
            String mrn = carrier.awaitNotice("ACCEPTED", messageId).mrn();
            await().atMost(Duration.ofSeconds(15))
                    .until(() -> tasks.createTaskQuery().processInstanceBusinessKey(mrn).count() == 1);
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
            assertThat(warning.getText()).startsWith("clerk decided this task first (HOLD at")
                    .endsWith("Your decision was not recorded; the case file shows the decision that stands.");
            assertThat(colin.getCurrentUrl()).endsWith("/cases/" + mrn);
            assertThat(colin.findElement(By.id("decisions")).getText()).contains("No import licence for the ammunition")
                    .doesNotContain("Looks fine to me");
            PageChecks.assertCleanPage(colin);

            assertThat(carrier.awaitNotice("HELD", messageId).body().path("reason").asText())
                    .isEqualTo("No import licence for the ammunition");
            assertThat(jdbc.sql("select decision from officer_decision where mrn = ?").param(mrn)
                    .query(String.class).list()).containsExactly("HOLD");
            assertThat(jdbc.sql("select notice_type from notice where mrn = ? and " + CUSTOMS_NOTICE
                    + " order by seq").param(mrn).query(String.class).list()).containsExactly("ACCEPTED", "HELD");
        }
    }

    private static void decide(WebDriver clerk, String decision, String reason) {
        clerk.findElement(By.cssSelector("input[name='decision'][value='" + decision + "']")).click();
        clerk.findElement(By.id("reason")).sendKeys(reason);
        clerk.findElement(By.id("submit-decision")).click();
    }
}
