package app.limber;

import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A test that drives the application in headless Chromium ({@link HeadlessChromium}) over real HTTP: the application
 * runs on a random port, the test starts {@link #browser} itself (size, phone or not, JavaScript or not) and it is
 * closed after each test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTest extends IntegrationTest {

    @LocalServerPort
    protected int port;

    /** The test's Chromium, started by the test; quit after it. */
    protected WebDriver browser;

    @AfterEach
    void stopChromium() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }
}
