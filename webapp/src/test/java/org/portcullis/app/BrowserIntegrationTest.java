package org.portcullis.app;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An integration test driving a real headless browser against the application, one browser per test (tests that
 * need a second officer at the same time start another with {@link Browser#start()}).
 */
public abstract class BrowserIntegrationTest extends PortcullisIntegrationTest {

    protected WebDriver browser;
    protected WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.start();
        wait = waitFor(browser);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Waits up to 15 s; an element that went stale while a condition read it is looked up again. */
    protected static WebDriverWait waitFor(WebDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /**
     * The text of the first element the locator finds, once there is one; found and read in one step, again if the
     * page changed between the two (a redirect after a form, a page still loading).
     */
    protected String textOf(By locator) {
        return wait.until(page -> {
            List<WebElement> found = page.findElements(locator);
            return found.isEmpty() ? null : found.get(0).getText();
        });
    }

    /**
     * The text of the first element the locator finds once it starts with the expected text: a page still showing the
     * previous answer in the same place (a form sent again) is waited out rather than read.
     */
    protected String textStartingWith(By locator, String expected) {
        try {
            return wait.until(page -> {
                List<WebElement> found = page.findElements(locator);
                String text = found.isEmpty() ? null : found.get(0).getText();
                return text != null && text.startsWith(expected) ? text : null;
            });
        } catch (TimeoutException e) {
            List<WebElement> found = browser.findElements(locator);
            throw new AssertionError(locator + " never started with \"" + expected + "\"; it reads \""
                    + (found.isEmpty() ? "(nothing)" : found.get(0).getText()) + "\"", e);
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void signIn(String user, String password) {
        signIn(browser, user, password);
    }

    /** Signs in with the login form and waits for the first page (the start page of the officer's roles). */
    protected void signIn(WebDriver driver, String user, String password) {
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("sign-in")).click();
        waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("sign-out")));
    }

    protected void signOut() {
        browser.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-in")));
    }

    /** Opens the case's task of that name from the inbox, filtered by the case's vessel (its IMO number). */
    protected void openTask(String mrn, String taskName) {
        String imo = jdbc.sql("select vessel_imo from clearance_case where mrn = ?").param(mrn).query(String.class)
                .single();
        browser.get(url("/tasks?size=100&vessel=" + imo));
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//tr[@data-mrn='" + mrn + "'][td/a[text()='" + taskName + "']]")));
        row.findElement(By.linkText(taskName)).click();
        wait.until(ExpectedConditions.textToBe(By.id("task-name"), taskName));
    }

    /**
     * Clicks what sends a form or follows a link and waits until the browser has left the page, so that what is read
     * next (a flash message, a table) is the answer's and not the previous page's.
     */
    protected static void clickAndLeavePage(WebDriver driver, WebElement element) {
        WebElement page = driver.findElement(By.tagName("html"));
        element.click();
        waitFor(driver).until(ignored -> left(page));
    }

    /**
     * Whether the browser has left the page of that element: the element is stale, or Chrome says its node no longer
     * belongs to the document (what ChromeDriver reports instead while a new document replaces it).
     */
    private static boolean left(WebElement page) {
        try {
            page.isEnabled();
            return false;
        } catch (StaleElementReferenceException stale) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    protected void clickAndLeavePage(WebElement element) {
        clickAndLeavePage(browser, element);
    }

    /** The text of the success message shown after a redirect. */
    protected String flash() {
        return textOf(By.cssSelector(".alert-success"));
    }
}
