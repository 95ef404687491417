package org.portcullis.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * What every page a browser test visits must pass: no JavaScript error (or content security policy violation) in
 * the console, no WCAG 2 A/AA violation axe-core finds, no message key left untranslated. Also takes the
 * screenshots of the README (into -Dportcullis.screenshots, target/screenshots unless set).
 */
public final class PageChecks {

    private static final Path SCREENSHOTS = Path.of(System.getProperty("portcullis.screenshots",
            "target/screenshots"));

    private PageChecks() {
    }

    /** The page is clean: no console errors since the last check, no accessibility violations, no missing text. */
    public static void assertCleanPage(WebDriver browser) {
        assertNoJavaScriptErrors(browser);
        assertThat(browser.getPageSource()).as("untranslated message keys").doesNotContain("??");
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa")).analyze(browser);
        assertThat(results.getViolations().stream().map(PageChecks::describe).toList())
                .as("accessibility violations on %s", browser.getCurrentUrl()).isEmpty();
    }

    public static void assertNoJavaScriptErrors(WebDriver browser) {
        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertThat(errors).as("JavaScript errors on %s", browser.getCurrentUrl()).isEmpty();
    }

    /** Saves the visible part of the page as {@code <name>.png} in the screenshots directory. */
    public static void screenshot(WebDriver browser, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private static String describe(Rule rule) {
        return rule.getId() + ": " + rule.getHelp() + " at " + rule.getNodes().stream()
                .map(node -> String.valueOf(node.getTarget())).toList();
    }
}
