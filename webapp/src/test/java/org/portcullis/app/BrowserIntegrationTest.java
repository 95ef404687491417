package org.portcullis.app;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An integration test driving a real headless browser against the application, one browser per test. */
public abstract class BrowserIntegrationTest extends PortcullisIntegrationTest {

    protected WebDriver browser;
    protected WebDriverWait wait;

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

    protected void signIn(String user, String password) {
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    }

    protected void signOut() {
        browser.findElement(By.cssSelector("form[action$='/logout'] button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
    }

    /** Opens the case's task of that name from the inbox. */
    protected void openTask(String mrn, String taskName) {
        browser.get("http://localhost:" + port + "/tasks");
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//tr[@data-mrn='" + mrn + "'][td/a[text()='" + taskName + "']]")));
        row.findElement(By.linkText(taskName)).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main h2")));
    }

    /** The text of the success message shown after a redirect. */
    protected String flash() {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success"))).getText();
    }
}
