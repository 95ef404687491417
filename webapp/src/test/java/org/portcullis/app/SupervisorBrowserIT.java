package org.portcullis.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.jms.Message;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A supervisor reads the dashboard (charts drawn by Chart.js, CSV of the same figures), replays a dead letter
 * whose cause is gone and sees the carrier answered, and works in Dutch.
 */
class SupervisorBrowserIT extends PortcullisIntegrationTest {

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
    void dashboardDrawsItsChartsAndExportsTheSameFigures() throws Exception {
        PageChecks.signIn(browser, port, "supervisor", "supervisor");
        browser.findElement(By.linkText("Dashboard")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("canvas[data-chart='lane'][data-drawn]")));

        assertThat(browser.findElements(By.cssSelector("canvas[data-drawn='true']")).size()).isGreaterThanOrEqualTo(4);
        assertThat(browser.findElement(By.id("rule-hits")).getText()).contains("TGT-001");
        assertThat(browser.findElement(By.id("top-hs-chapters")).getText()).contains("93");
        PageChecks.assertCleanPage(browser);

        String csv = get(browser.findElement(By.id("csv-export")).getAttribute("href"));
        assertThat(csv).startsWith("figure,key,value,unit").contains("rule_hits,TGT-001,", "top_hs_chapters,93,");
    }

    @Test
    void supervisorReplaysADeadLetterAndTheCarrierIsAnswered() throws Exception {
        try (CarrierClient carrier = carrier("REPLAY")) {
            String messageId = "dead-" + UUID.randomUUID().toString().substring(0, 8);
            carrier.send(CarrierClient.sample("filing-green.json", messageId), "portcullis.filings.DLQ",
                    Map.of("messageId", messageId, "carrierId", "REPLAY", "contentType", "application/json",
                            "deadLetterReason", "not handled after 5 delivery attempts (database was down)"));

            PageChecks.signIn(browser, port, "supervisor", "supervisor");
            browser.findElement(By.linkText("Dead letters")).click();
            WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("tr[data-message-id='" + messageId + "']")));
            assertThat(row.findElement(By.cssSelector(".reason")).getText())
                    .isEqualTo("not handled after 5 delivery attempts (database was down)");
            PageChecks.assertCleanPage(browser);

            row.findElement(By.cssSelector("button.replay")).click();
            assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success")))
                    .getText()).isEqualTo("Message " + messageId + " was sent back to portcullis.filings.");
            assertThat(browser.findElements(By.cssSelector("tr[data-message-id='" + messageId + "']"))).isEmpty();

            var accepted = carrier.awaitNotice("ACCEPTED", messageId);
            assertThat(accepted.mrn()).isNotBlank();
            Message stillDead = carrier.receive("portcullis.filings.DLQ", "messageId = '" + messageId + "'");
            assertThat(stillDead).isNull();
            assertThat(jdbc.sql("select replayed_by from dead_letter_replay where message_id = ?").param(messageId)
                    .query(String.class).list()).containsExactly("supervisor");
        }
    }

    @Test
    void officerSwitchesToDutchAndBack() throws Exception {
        PageChecks.signIn(browser, port, "supervisor", "supervisor");
        browser.findElement(By.cssSelector("#languages a[data-lang='nl']")).click();

        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Werkbak"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");
        assertThat(browser.findElement(By.id("main-nav")).getText()).contains("Dossiers", "Onbestelbare berichten");
        PageChecks.assertCleanPage(browser);

        browser.findElement(By.linkText("Dashboard")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Dashboard"));
        assertThat(browser.findElement(By.id("status-title")).getText()).isEqualTo("Dossiers per status");
        PageChecks.assertCleanPage(browser);

        browser.findElement(By.cssSelector("#languages a[data-lang='en']")).click();
        wait.until(ExpectedConditions.textToBe(By.id("status-title"), "Cases by status"));
    }

    private String get(String url) throws Exception {
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", "JSESSIONID=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
