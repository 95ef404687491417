package org.portcullis.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The learned risk model as its users meet it, in a real browser: a rule author trains a model on the demo's
 * generated history and puts it in shadow; a filing is scored; the customs supervisor reads the score and its
 * reasons on the case, then the forecast with its charts and the trade patterns of the generated history.
 */
class RiskBrowserIT extends BrowserIntegrationTest {

    @Test
    void aShadowModelsScoreAndReasonsShowOnTheCaseAndTheForecastAndTradePatternsOnTheDashboard() throws Exception {
        signIn("author", "author");
        browser.get(url("/rules/risk"));
        browser.findElement(By.id("train-generated")).click();
        String trained = new WebDriverWait(browser, Duration.ofMinutes(3))
                .ignoring(StaleElementReferenceException.class)
                .until(page -> page.findElement(By.cssSelector(".alert-success")).getText());
        String version = jdbc.sql("select version from risk_model order by trained_at desc limit 1")
                .query(String.class).single();
        assertThat(trained).contains(version);
        WebElement row = browser.findElement(By.cssSelector("#models tr[data-version='" + version + "']"));
        clickAndLeavePage(row.findElement(By.cssSelector("button.shadow-button")));
        assertThat(flash()).contains(version, "SHADOW");
        PageChecks.assertCleanPage(browser);
        signOut();

        String mrn = file();
        await().atMost(Duration.ofSeconds(60)).until(() -> scores(mrn) > 0);

        signIn("supervisor", "supervisor");
        browser.get(url("/cases/" + mrn));
        List<WebElement> scored = wait.until(ExpectedConditions.presenceOfAllElementsLocatedBy(
                By.cssSelector("#risk-scores tbody tr")));
        assertThat(scored).hasSize(scores(mrn));
        for (WebElement consignment : scored) {
            assertThat(consignment.findElement(By.className("risk-score")).getText()).matches("\\d+(\\.\\d+)? %");
            assertThat(consignment.findElements(By.cssSelector(".risk-reasons li")))
                    .allSatisfy(reason -> assertThat(reason.getText()).matches(".+ \\(\\+\\d+\\.\\d\\d\\)"));
            assertThat(consignment.getText()).contains(version, "shadow");
        }
        assertThat(browser.findElements(By.cssSelector("#risk-scores .risk-reasons li"))).as("reasons in words")
                .isNotEmpty();
        PageChecks.assertCleanPage(browser);

        browser.get(url("/dashboard"));
        browser.findElement(By.id("forecast-link")).click();
        PageChecks.assertCleanPage(browser);
        whenPrepared(By.cssSelector("canvas[data-chart='arrivals'][data-drawn='true']"), Duration.ofMinutes(1));
        assertThat(browser.findElement(By.id("report-made")).getText()).contains("Figures made at");
        assertThat(browser.findElements(By.cssSelector("canvas[data-chart='hours'][data-drawn='true']"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("#forecast tbody tr"))).hasSize(14);
        PageChecks.assertCleanPage(browser);
        PageChecks.screenshot(browser, "forecast");

        browser.get(url("/dashboard"));
        browser.findElement(By.id("trade-patterns-link")).click();
        whenPrepared(By.id("patterns-basis"), Duration.ofMinutes(1));
        browser.findElement(By.id("source-generated")).click();
        PageChecks.assertCleanPage(browser);
        List<WebElement> outliers = whenPrepared(By.cssSelector("#value-outliers tbody tr"), Duration.ofMinutes(2));
        assertThat(outliers).isNotEmpty().allSatisfy(outlier -> assertThat(Math.abs(Double.parseDouble(
                outlier.findElement(By.className("z")).getText()))).isGreaterThanOrEqualTo(3.0));
        assertThat(browser.findElements(By.cssSelector("#new-routes tbody tr"))).isNotEmpty();
        PageChecks.assertCleanPage(browser);
        PageChecks.screenshot(browser, "trade-patterns");
        signOut();

        signIn("author", "author");
        browser.get(url("/rules/risk"));
        clickAndLeavePage(browser.findElement(By.id("switch-off")));
        assertThat(flash()).isNotBlank();
    }

    /**
     * What a page shows once its figures, made in the background, are ready: the page answers at once, saying they
     * are being prepared until they are, so the officer (here the test) looks again.
     */
    private List<WebElement> whenPrepared(By what, Duration atMost) {
        return new WebDriverWait(browser, atMost, Duration.ofSeconds(2)).until(driver -> {
            List<WebElement> found = driver.findElements(what);
            if (!found.isEmpty()) {
                return found;
            }
            assertThat(driver.findElements(By.cssSelector("#report-preparing, #report-made"))).as("figures state")
                    .isNotEmpty();
            driver.navigate().refresh();
            return null;
        });
    }

    private String file() throws Exception {
        String lrn = "risk-" + UUID.randomUUID().toString().substring(0, 8);
        try (CarrierClient carrier = carrier("RISK")) {
            carrier.send(sample("filing-green.json", lrn, uniqueImo(), TestDates.ETA), lrn);
            return carrier.awaitNotice("ACCEPTED", lrn).mrn();
        }
    }

    private int scores(String mrn) {
        return jdbc.sql("select count(*) from risk_score where mrn = ?").param(mrn).query(Integer.class).single();
    }
}
