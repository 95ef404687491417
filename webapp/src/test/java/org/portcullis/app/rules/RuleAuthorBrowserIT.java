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
        Files.deleteIfExists(RULES_DIRECTORY.resolve("targeting/twice.drl"));
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

        browser.findElement(By.cssSelector("#draft-files summary")).click();
        browser.findElement(By.linkText("targeting/lamp-profile.drl")).click();
        assertThat(textOf(By.id("file-against-live")))
                .isEqualTo("This file is new in the draft: live has no such file.");
        PageChecks.assertCleanPage(browser);
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                browser.findElement(By.id("source")), """
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
        clickAndLeavePage(browser.findElement(By.id("save-file")));
        assertThat(textOf(By.cssSelector(".alert-success")))
                .startsWith("targeting/lamp-profile.drl is saved into the draft");
        assertThat(browser.findElement(By.id("file-header")).getText())
                .contains("Owner", "Risk management unit, cargo targeting team");
        assertThat(Files.readString(DRAFT_DIRECTORY.resolve("targeting/lamp-profile.drl")))
                .contains("TGT-980 Lamps: documentary check", "insert(new RuleFinding");
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
        String diff = textOf(By.id("draft-diff"));
        assertThat(diff).isEqualTo("added targeting/lamp-profile.drl");
        assertThat(browser.findElement(By.id("failing-scenarios")).getText())
                .contains("scenario(s) fail against the draft", "sample-green-is-released.json: outcome DOCUMENT_CHECK");
        assertThat(browser.findElement(By.id("backtest-summary")).getText()).isNotBlank();
        PageChecks.assertCleanPage(browser);
        PageChecks.screenshot(browser, "rules-publish");

        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.getElementById('note').removeAttribute('required')");
        browser.findElement(By.id("override")).click();
        clickAndLeavePage(browser.findElement(By.id("confirm-publish")));
        assertThat(textOf(By.cssSelector(".alert-warning#flash"))).isEqualTo("Nothing went live: write the change note.");
        assertThat(live.current().version()).isEqualTo(originalVersion);
        assertThat(browser.findElement(By.id("failing-scenarios")).getText()).contains("sample-green-is-released.json");

        browser.findElement(By.id("note")).sendKeys("Trial of the lamps profile (risk unit request 2026-41)");
        browser.findElement(By.id("confirm-publish")).click();
        textStartingWith(By.cssSelector(".alert-warning#flash"), "Nothing went live: scenarios fail");
        assertThat(live.current().version()).isEqualTo(originalVersion);
        assertThat(browser.findElement(By.id("note")).getAttribute("value")).startsWith("Trial of the lamps profile");

        browser.findElement(By.id("override")).click();
        clickAndLeavePage(browser.findElement(By.id("confirm-publish")));
        String flash = textOf(By.cssSelector(".alert-success"));
        String draftVersion = RuleSources.fromDirectory(DRAFT_DIRECTORY).version();
        assertThat(flash).contains(draftVersion, "goes live");
        await().atMost(Duration.ofSeconds(10)).until(() -> live.current().version().equals(draftVersion));
        assertThat(Files.exists(RULES_DIRECTORY.resolve("targeting/lamp-profile.drl"))).isTrue();
        browser.get(url("/rules"));
        assertThat(browser.findElement(By.cssSelector("#activations tbody tr")).getText()).contains(draftVersion,
                "DRAFT", "author", "Trial of the lamps profile (risk unit request 2026-41)",
                "went live over", "failing scenario(s)]");

        WebElement earlier = browser.findElement(By.xpath("//table[@id='activations']//tr[td[1][text()='"
                + originalVersion + "']][.//form]"));
        earlier.findElement(By.name("note")).sendKeys("The lamps profile floods the clerks");
        clickAndLeavePage(earlier.findElement(By.cssSelector("button")));
        assertThat(textOf(By.cssSelector(".alert-success")))
                .contains(originalVersion, "goes live again");
        await().atMost(Duration.ofSeconds(10)).until(() -> live.current().version().equals(originalVersion));
        assertThat(Files.exists(RULES_DIRECTORY.resolve("targeting/lamp-profile.drl"))).isFalse();
        assertThat(browser.findElement(By.cssSelector("#activations tbody tr")).getText()).contains("ROLLBACK",
                "author", "rollback to " + originalVersion + ": The lamps profile floods the clerks");
        PageChecks.assertCleanPage(browser);
    }

    @Test
    void draftWarnsWhenLiveMovedOnSinceItWasStarted() throws Exception {
        signIn("author", "author");
        browser.get(url("/rules/draft"));
        clickAndLeavePage(browser.findElement(By.id("start-from-live")));
        assertThat(textOf(By.cssSelector(".alert-success")))
                .contains(originalVersion);
        assertThat(browser.findElement(By.id("draft-base")).getText()).contains(originalVersion);

        Files.writeString(RULES_DIRECTORY.resolve("targeting/lamp-profile.drl"), """
                // Purpose:     Lamps are looked at while the new profile is tried out.
                // Legal basis: Union Customs Code, Article 46
                // Owner:       Risk management unit, cargo targeting team
                // Last review: 2026-11-29
                package targeting;
                import org.portcullis.rules.fact.GoodsItemFact;

                rule "TGT-981 Lamps: nothing yet"
                when
                    GoodsItemFact( hsHeading == "9405" )
                then
                end
                """);
        await().atMost(Duration.ofSeconds(20)).until(() -> !live.current().version().equals(originalVersion));

        browser.get(url("/rules/draft"));
        assertThat(browser.findElement(By.id("live-moved-on")).getText()).contains("Live moved on since this draft",
                originalVersion, "would undo the live changes to targeting/lamp-profile.drl");
        PageChecks.assertCleanPage(browser);
    }

    @Test
    void authorSeesTheRootCauseFirstWithItsLineAndARefusalMovesAwayOnceTheDirectoryIsFixed() throws Exception {
        RuleSetCopy.copyInto(RULES_DIRECTORY, DRAFT_DIRECTORY);
        Path arms = DRAFT_DIRECTORY.resolve("targeting/arms.drl");
        Files.writeString(arms, Files.readString(arms).replace("import org.portcullis.rules.fact.GoodsItemFact;",
                "import org.portcullis.rules.fact.GoodItemFact;"));
        signIn("author", "author");
        browser.get(url("/rules/draft"));
        var problems = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("draft-problems")))
                .findElements(By.cssSelector("li.problem"));
        assertThat(problems.get(0).getText()).startsWith("targeting/arms.drl:10 imports "
                + "org.portcullis.rules.fact.GoodItemFact, which is no class rule code can use");
        assertThat(problems.get(0).findElement(By.className("snippet")).getText())
                .isEqualTo("import org.portcullis.rules.fact.GoodItemFact;");
        assertThat(problems).extracting(WebElement::getText).allMatch(text -> text.startsWith("targeting/arms.drl:"));
        PageChecks.assertCleanPage(browser);
        PageChecks.screenshot(browser, "rules-draft-problems");

        Files.writeString(RULES_DIRECTORY.resolve("targeting/twice.drl"), """
                // Purpose:     Arms once more.
                // Legal basis: Union Customs Code, Article 46
                // Owner:       Risk management unit, cargo targeting team
                // Last review: 2026-11-29
                package targeting;
                import org.portcullis.rules.fact.GoodsItemFact;

                rule "TGT-001 Arms once more"
                when
                    GoodsItemFact( hsChapter == 93 )
                then
                end
                """);
        String broken = RuleSources.fromDirectory(RULES_DIRECTORY).version();
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(*) from rule_set_rejection where version = ?").param(broken).query(Integer.class)
                .single() > 0);
        browser.get(url("/rules"));
        WebElement refusal = browser.findElement(By.cssSelector(".rejection[data-version='" + broken + "']"));
        assertThat(refusal.findElement(By.cssSelector("li.problem")).getText()).startsWith(
                "targeting/twice.drl:8 rule id TGT-001 is used twice (also in targeting/arms.drl:13)");
        assertThat(refusal.findElement(By.className("snippet")).getText()).isEqualTo("rule \"TGT-001 Arms once more\"");
        PageChecks.assertCleanPage(browser);

        Files.delete(RULES_DIRECTORY.resolve("targeting/twice.drl"));
        browser.get(url("/rules"));
        assertThat(browser.findElements(By.cssSelector(".rejection[data-version='" + broken + "']"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("#fixed-rejections .rejection-fixed[data-version='"
                + broken + "']"))).hasSize(1);
    }

    @Test
    void authorReadsHowTheRuleExplainsItselfOnACaseFileButCannotActOnIt() throws Exception {
        String mrn = await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                select a.mrn from assessment a join assessment_finding f on f.assessment_id = a.id
                where f.rule_id = 'TGT-002' order by a.id desc limit 1""").query(String.class).optional()
                .orElse(null), found -> found != null);
        signIn("author", "author");
        browser.findElement(By.linkText("Cases")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.name("q"))).sendKeys(mrn);
        browser.findElement(By.name("q")).submit();
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(mrn))).click();

        String finding = textOf(By.cssSelector("#findings tr[data-rule-id='TGT-002']"));
        assertThat(finding).contains("Consignee on a watchlist: hold");
        assertThat(browser.findElement(By.id("screening-matches")).getText()).isNotBlank();
        assertThat(browser.findElements(By.cssSelector("main form[method='post']")))
                .as("a rule author reads the case file; its forms are the officers'").isEmpty();
        PageChecks.assertCleanPage(browser);

        browser.get(url("/tasks"));
        assertThat(browser.getPageSource()).doesNotContain("id=\"inbox-filter\"");
        assertThat(browser.findElements(By.linkText("Inbox"))).isEmpty();
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
