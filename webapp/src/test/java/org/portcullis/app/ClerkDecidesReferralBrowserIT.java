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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A clerk signs in with a real browser, finds the referral in the inbox by its vessel, claims it, reads the case
 * file, is stopped by a missing reason, decides, and the carrier is told; going back afterwards cannot decide twice.
 */
class ClerkDecidesReferralBrowserIT extends PortcullisIntegrationTest {

    @Autowired
    TaskService tasks;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void clerkOrdersInspectionWithReasonAndCarrierReceivesControlNotice() throws Exception {
        try (CarrierClient carrier = carrier("BROWSE")) {
            String messageId = "arms-" + UUID.randomUUID().toString().substring(0, 8);
            String vessel = "BROWSER " + messageId.toUpperCase();
            carrier.send(TestFilings.sample("filing-arms.json", messageId, vessel, "NLRTM",
                    Instant.now().plus(Duration.ofDays(3))), messageId);
            String mrn = carrier.awaitNotice("ACCEPTED", messageId).mrn();
            await().atMost(Duration.ofSeconds(15))
                    .until(() -> tasks.createTaskQuery().processInstanceBusinessKey(mrn).count() == 1);

            PageChecks.signIn(browser, port, "clerk", "clerk");
            browser.findElement(By.id("vessel")).sendKeys(vessel);
            new Select(browser.findElement(By.id("lane"))).selectByValue("RED");
            browser.findElement(By.id("apply-filter")).click();
            WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("tr[data-mrn='" + mrn + "']")));
            assertThat(browser.findElement(By.id("inbox-count")).getText()).isEqualTo("Tasks 1 to 1 of 1");
            assertThat(row.findElement(By.cssSelector(".deadline")).getText()).contains("left");
            PageChecks.assertCleanPage(browser);

            row.findElement(By.cssSelector("button.claim")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("decision-form")));
            assertThat(browser.findElement(By.id("claimed-by")).getText()).isEqualTo("Claimed by clerk");
            assertThat(browser.findElement(By.cssSelector("tr[data-rule-id='TGT-001']")).getText())
                    .contains("chapter 93");
            assertThat(browser.findElement(By.id("process-path")).getText()).contains("Review referral", "waiting here");
            PageChecks.assertCleanPage(browser);

            browser.findElement(By.cssSelector("input[name='decision'][value='INSPECT']")).click();
            browser.findElement(By.id("submit-decision")).click();
            WebElement reasonError = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#reason + .invalid-feedback")));
            assertThat(reasonError.getText()).isEqualTo("Give the reason for your decision.");
            assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("reason");
            assertThat(caseStatus(mrn)).isEqualTo("REFERRED");
            PageChecks.assertCleanPage(browser);

            browser.findElement(By.id("reason")).sendKeys("Ammunition without an import licence on file");
            browser.findElement(By.id("submit-decision")).click();

            WebElement flash = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success")));
            assertThat(flash.getText()).contains("INSPECT", mrn);
            assertThat(browser.findElements(By.cssSelector("tr[data-mrn='" + mrn + "']"))).isEmpty();

            var notice = carrier.awaitNotice("CONTROL_NOTIFIED", messageId);
            assertThat(notice.mrn()).isEqualTo(mrn);
            assertThat(notice.body().path("reason").asText()).isEqualTo("Ammunition without an import licence on file");
            assertThat(notice.body().path("lane").asText()).isEqualTo("RED");
            await().atMost(Duration.ofSeconds(5)).until(() -> "UNDER_INSPECTION".equals(caseStatus(mrn)));

            browser.navigate().back();
            wait.until(page -> !page.findElements(By.id("flash")).isEmpty()
                    || !page.findElements(By.id("decision-form")).isEmpty());
            if (browser.findElements(By.id("flash")).isEmpty()) {
                // The browser showed the old form from its cache: sending it again must be refused honestly.
                browser.findElement(By.id("submit-decision")).click();
            }
            WebElement honest = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("flash")));
            assertThat(honest.getText()).startsWith("You had already decided this task (INSPECT at");
            assertThat(browser.findElement(By.id("case-status")).getAttribute("data-status"))
                    .isEqualTo("UNDER_INSPECTION");
            assertThat(browser.findElement(By.id("decisions")).getText())
                    .contains("Ammunition without an import licence on file");
            assertThat(browser.findElements(By.cssSelector("#notices tr[data-notice-type='CONTROL_NOTIFIED']")))
                    .hasSize(1);
            PageChecks.assertCleanPage(browser);
            assertThat(jdbc.sql("select count(*) from officer_decision where mrn = ?").param(mrn)
                    .query(Integer.class).single()).isEqualTo(1);
        }
    }

    @Test
    void wrongPasswordIsRefused() throws Exception {
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys("author");
        browser.findElement(By.id("password")).sendKeys("not-the-password");
        browser.findElement(By.id("sign-in")).click();

        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-danger"))).getText())
                .isEqualTo("Wrong user or password.");
        PageChecks.assertCleanPage(browser);
    }
}
