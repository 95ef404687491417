package org.portcullis.app.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.portcullis.app.BrowserIntegrationTest;
import org.portcullis.app.PageChecks;
import org.portcullis.app.RuleSetCopy;
import org.portcullis.rules.engine.LiveRuleSet;
import org.portcullis.rules.engine.RuleSources;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A rule author works in a real browser: the catalogue, the scenarios, a draft that does not compile, a draft
 * backtested over stored filings and put live (four-eyes redress of watchlist matches: FourEyesRedressBrowserIT).
 */
class RuleAuthorBrowserIT extends BrowserIntegrationTest {

    @Autowired
    LiveRuleSet live;
    @Autowired
    TaskService tasks;

    private String originalVersion;

    @BeforeEach
    void rememberTheLiveRules() throws Exception {
        originalVersion = RuleSources.fromDirectory(RULES_DIRECTORY).version();
    }

    @AfterEach
    void restoreRules() throws IOException {
        clear(DRAFT_DIRECTORY);
        Files.deleteIfExists(RULES_DIRECTORY.resolve("targeting/lamp-profile.drl"));
        await().atMost(Duration.ofSeconds(20)).until(() -> live.current().version().equals(originalVersion));
    }

    @Test
    void authorReadsTheCatalogueAndRunsTheScenarios() throws Exception {
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(*) from assessment_finding where rule_id = 'TGT-001'").query(Integer.class).single() > 0);
        signIn("author", "author");
        assertThat(browser.getCurrentUrl()).endsWith("/rules");
        assertThat(browser.findElement(By.id("live-version")).getText()).contains(live.current().version());

        browser.findElement(By.linkText("Catalogue")).click();
        WebElement arms = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#catalogue tr[data-rule-id='TGT-001']")));
        assertThat(arms.getText()).contains("Arms and ammunition", "targeting/arms.drl");
        assertThat(Integer.parseInt(arms.findElement(By.className("hits-7")).getText())).isPositive();
        assertThat(browser.findElement(By.cssSelector("#catalogue tr[data-rule-id='TGT-101']")).getText())
                .contains("targeting/origin-hs-chapter-profiles.csv");
        PageChecks.assertCleanPage(browser);
        PageChecks.screenshot(browser, "rules");

        browser.findElement(By.linkText("Scenarios")).click();
        browser.findElement(By.id("run-live")).click();
        WebElement summary = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("scenario-summary")));
        int scenarios = org.portcullis.rules.scenario.ScenarioFiles.read(Path.of("../rules/scenarios")).scenarios().size();
        assertThat(summary.getText()).startsWith(scenarios + " of " + scenarios
                + " scenarios pass against the live rule set");
    }

    @Test
    void authorSeesDraftProblemsThenBacktestsAGoodDraftAndPutsItLive() throws Exception {
        RuleSetCopy.copyInto(RULES_DIRECTORY, DRAFT_DIRECTORY);
        Files.writeString(DRAFT_DIRECTORY.resolve("targeting/lamp-profile.drl"), """
                package targeting;
                rule "TGT-980 Lamps: documentary check"
                when
                    $item : GoodsItemFact( hsHeading == "9405" )
                then
                end
                """);
        signIn("author", "author");
        browser.get(url("/rules/draft"));
        WebElement problems = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("draft-problems")));
        assertThat(problems.getText()).contains("targeting/lamp-profile.drl:1 the header comment lacks Purpose:");

        Files.writeString(DRAFT_DIRECTORY.resolve("targeting/lamp-profile.drl"), """
                // Purpose:     Lamps get a documentary check while the new profile is tried out.
                // Legal basis: Union Customs Code, Article 46
                // Owner:       Risk management unit, cargo targeting team
                // Last review: 2026-11-29
                package targeting;
                import org.portcullis.model.assessment.Outcome;
                import org.portcullis.rules.fact.GoodsItemFact;
                import org.portcullis.rules.fact.RuleFinding;

                rule "TGT-980 Lamps: documentary check"
                when
                    $item : GoodsItemFact( hsHeading == "9405" )
                then
                    insert(new RuleFinding(drools, $item, Outcome.DOCUMENT_CHECK, "lamps " + $item.getHsCode()));
                end
                """);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("select count(*) from clearance_case where lrn = ?")
                .param("MSC-NLRTM-2026-0001").query(Integer.class).single() > 0);
        browser.get(url("/rules/draft"));
        assertThat(browser.findElement(By.id("draft-status")).getText()).contains("compiles");
        browser.findElement(By.id("run-backtest")).click();

        WebElement report = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("backtest")));
        assertThat(report.findElement(By.id("lane-moves")).getText()).contains("GREEN -> YELLOW");
        assertThat(report.findElement(By.cssSelector("#rule-hits tr[data-rule-id='TGT-980'] .change")).getText())
                .startsWith("+");

        browser.findElement(By.id("put-live")).click();
        WebElement flash = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success")));
        String draftVersion = RuleSources.fromDirectory(DRAFT_DIRECTORY).version();
        assertThat(flash.getText()).contains(draftVersion, "goes live");
        await().atMost(Duration.ofSeconds(10)).until(() -> live.current().version().equals(draftVersion));
        assertThat(Files.exists(RULES_DIRECTORY.resolve("targeting/lamp-profile.drl"))).isTrue();
        browser.get(url("/rules"));
        assertThat(browser.findElement(By.id("activations")).getText()).contains(draftVersion, "DRAFT", "author");
    }

    private static void clear(Path directory) throws IOException {
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!path.equals(directory)) {
                    Files.delete(path);
                }
            }
        }
    }
}
