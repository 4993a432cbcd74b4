package app.limber;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The system's Chromium and chromedriver (never downloaded ones), headless; tests that need them are skipped without. */
public final class HeadlessChromium {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    /** Starts a desktop browser window of this size, or skips the test where Chromium or its driver is missing. */
    public static WebDriver start(int width, int height) {
        return start(width, height, false, true);
    }

    /** A desktop browser with JavaScript turned off, as some readers and most crawlers have it. */
    public static WebDriver startWithoutJavaScript(int width, int height) {
        return start(width, height, false, false);
    }

    /**
     * Starts a browser that behaves like a phone of this screen size (Chromium's device emulation: headless
     * windows are never narrower than 500 pixels), or skips the test where Chromium or its driver is missing.
     */
    public static WebDriver phone(int width, int height) {
        return start(width, height, true, true);
    }

    private static WebDriver start(int width, int height, boolean phone, boolean javaScript) {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs /usr/bin/chromium and /usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        if (phone) {
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                    Map.of("width", width, "height", height, "pixelRatio", 1.0)));
        }
        if (!javaScript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** Signs in through the real login form of the app on this port, and waits until the browser has left it. */
    public static void signIn(WebDriver browser, int port, String email, String password) {
        browser.get("http://localhost:" + port + "/login");
        new WebDriverWait(browser, Duration.ofSeconds(90))
                .until(driver -> !driver.findElements(By.cssSelector("vaadin-login-form input[name=username]")).isEmpty());
        browser.findElement(By.cssSelector("vaadin-login-form input[name=username]")).sendKeys(email);
        browser.findElement(By.cssSelector("vaadin-login-form input[name=password]")).sendKeys(password + "\n");
        new WebDriverWait(browser, Duration.ofSeconds(90)).until(driver -> !driver.getCurrentUrl().contains("/login"));
    }
}
