package org.portcullis.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** A clerk signs in with a real browser, finds the referral in the inbox, decides it, and the carrier is told. */
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
            carrier.send(CarrierClient.sample("filing-arms.json", messageId), messageId);
            String mrn = carrier.awaitNotice("ACCEPTED", messageId).mrn();
            await().atMost(Duration.ofSeconds(15))
                    .until(() -> tasks.createTaskQuery().processInstanceBusinessKey(mrn).count() == 1);

            signIn("clerk", "clerk");
            WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("tr[data-mrn='" + mrn + "']")));
            row.findElement(By.linkText("Review referral")).click();

            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("decision-form")));
            assertThat(browser.findElement(By.cssSelector("tr[data-rule-id='TGT-001']")).getText())
                    .contains("chapter 93");
            browser.findElement(By.cssSelector("input[name='decision'][value='INSPECT']")).click();
            browser.findElement(By.id("submit-decision")).click();

            WebElement reasonError = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#reason + .invalid-feedback")));
            assertThat(reasonError.getText()).isEqualTo("Give the reason for your decision.");
            assertThat(caseStatus(mrn)).isEqualTo("REFERRED");

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

    private void signIn(String user, String password) {
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    }
}
