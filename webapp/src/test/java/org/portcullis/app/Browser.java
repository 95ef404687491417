package org.portcullis.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium driven by Selenium, as the browser tests use it. Debian's chromium and chromium-driver by
 * default; set -Dportcullis.chrome.binary and -Dportcullis.chrome.driver to use others. The browser's console is
 * kept, so that tests can check that no page logged a JavaScript error. It prefers reduced motion, so that
 * Bootstrap does not scroll smoothly: a click on an element below the fold lands once it has been scrolled to.
 */
public final class Browser {

    private Browser() {
    }

    public static WebDriver start() throws java.io.IOException {
        String binary = System.getProperty("portcullis.chrome.binary", "/usr/bin/chromium");
        String driver = System.getProperty("portcullis.chrome.driver", "/usr/bin/chromedriver");
        Path profile = Files.createTempDirectory(Path.of("target"), "chromium-profile-");
        ChromeOptions options = new ChromeOptions()
                .setBinary(binary)
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--disable-quic", "--window-size=1280,900", "--lang=en-GB",
                        "--hide-scrollbars", "--force-prefers-reduced-motion",
                        "--user-data-dir=" + profile.toAbsolutePath());
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(driver).toFile()).usingAnyFreePort().build();
        WebDriver webDriver = new ChromeDriver(service, options);
        webDriver.manage().timeouts().implicitlyWait(Duration.ZERO);
        return webDriver;
    }
}
