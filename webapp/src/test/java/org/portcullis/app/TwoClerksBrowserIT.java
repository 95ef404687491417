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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two clerks open the same referral at once. The first to decide wins; the second is told who decided what and
 * when, lands on the case file, and nothing of theirs is recorded or sent.
 */
class TwoClerksBrowserIT extends PortcullisIntegrationTest {

    @Autowired
    TaskService tasks;

    private WebDriver claire;
    private WebDriver colin;

    @BeforeEach
    void openBrowsers() throws Exception {
        claire = Browser.start();
        colin = Browser.start();
    }

    @AfterEach
    void closeBrowsers() {
        for (WebDriver browser : new WebDriver[] {claire, colin}) {
            if (browser != null) {
                browser.quit();
            }
        }
    }

    @Test
    void secondClerkIsToldTheFirstDecidedAndNothingOfTheirsIsRecorded() throws Exception {
        try (CarrierClient carrier = carrier("TWOCLERKS")) {
            String messageId = "watch-" + UUID.randomUUID().toString().substring(0, 8);
            carrier.send(TestFilings.sample("filing-watchlist-consignee.json", messageId, "TWO CLERKS " + messageId,
                    "NLRTM", Instant.now().plus(Duration.ofDays(2))), messageId);
            String mrn = carrier.awaitNotice("ACCEPTED", messageId).mrn();
            await().atMost(Duration.ofSeconds(15))
                    .until(() -> tasks.createTaskQuery().processInstanceBusinessKey(mrn).count() == 1);
            String taskId = tasks.createTaskQuery().processInstanceBusinessKey(mrn).singleResult().getId();

            PageChecks.signIn(claire, port, "clerk", "clerk");
            PageChecks.signIn(colin, port, "clerk2", "clerk2");
            for (WebDriver browser : new WebDriver[] {claire, colin}) {
                browser.get("http://localhost:" + port + "/tasks/" + taskId);
                waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("decision-form")));
            }

            decide(claire, "HOLD", "Consignee is on the sanctions list");
            waitFor(claire).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success")));
            decide(colin, "RELEASE", "Looks fine to me");

            var warning = waitFor(colin).until(ExpectedConditions.presenceOfElementLocated(By.id("flash")));
            assertThat(warning.getText()).startsWith("clerk decided this task first (HOLD at")
                    .endsWith("Your decision was not recorded; the case file shows the decision that stands.");
            assertThat(colin.getCurrentUrl()).endsWith("/cases/" + mrn);
            assertThat(colin.findElement(By.id("decisions")).getText()).contains("Consignee is on the sanctions list")
                    .doesNotContain("Looks fine to me");
            PageChecks.assertCleanPage(colin);

            assertThat(carrier.awaitNotice("HELD", messageId).body().path("reason").asText())
                    .isEqualTo("Consignee is on the sanctions list");
            assertThat(jdbc.sql("select decision from officer_decision where mrn = ?").param(mrn)
                    .query(String.class).list()).containsExactly("HOLD");
            assertThat(jdbc.sql("select notice_type from notice where mrn = ? order by seq").param(mrn)
                    .query(String.class).list()).containsExactly("ACCEPTED", "HELD");
        }
    }

    private static void decide(WebDriver browser, String decision, String reason) {
        browser.findElement(By.cssSelector("input[name='decision'][value='" + decision + "']")).click();
        browser.findElement(By.id("reason")).sendKeys(reason);
        browser.findElement(By.id("submit-decision")).click();
    }

    private static WebDriverWait waitFor(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }
}
