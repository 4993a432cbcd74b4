package app.limber.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.BrowserTest;
import app.limber.HeadlessChromium;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.account.TestAccounts;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Every admin and account page in Chromium at desktop and phone width: its content keeps clear of the menu and the
 * screen's edge (padding like the other admin pages), and the admin pages share one width.
 */
@Import(TestAccounts.class)
class AdminPagesLayoutBrowserTest extends BrowserTest {

    /** Lumo's smallest page padding in Limber (--lumo-space-m). */
    private static final double LEAST_PADDING_PX = 16;

    @Autowired
    TestAccounts accounts;

    @Test
    void adminAndAccountPagesAreAllPaddedOnADesktop() {
        browser = HeadlessChromium.start(1280, 900);
        checkPages(1280);
    }

    @Test
    void adminAndAccountPagesAreAllPaddedOnAPhone() {
        browser = HeadlessChromium.phone(390, 844);
        checkPages(390);
    }

    private void checkPages(int width) {
        SignedInPerson admin = accounts.create(Set.of(Role.ADMIN));
        signIn(admin.email());

        List<String> pages = List.of("admin", "admin/members", "admin/members/" + admin.personId(), "admin/comments",
                "admin/audit", "admin/settings", "account");
        String membersWidth = null;
        for (String page : pages) {
            Map<String, Object> view = measure(page);
            assertThat(((Number) view.get("padding")).doubleValue()).as("padding of /%s at %dpx", page, width)
                    .isGreaterThanOrEqualTo(LEAST_PADDING_PX);
            assertThat(((Number) view.get("headingInset")).doubleValue())
                    .as("heading of /%s clear of the view's edge at %dpx", page, width)
                    .isGreaterThanOrEqualTo(LEAST_PADDING_PX);
            if (page.equals("admin/members")) {
                membersWidth = (String) view.get("maxWidth");
            }
            if (page.equals("admin/settings")) {
                assertThat(view.get("maxWidth")).as("settings as wide as the members page").isEqualTo(membersWidth);
            }
        }
    }

    /** A long email shows whole in the members grid while there is room for it. */
    @Test
    @SuppressWarnings("unchecked")
    void theMembersGridShowsALongEmailWholeOnADesktop() {
        String longEmail = "priya.ramanathan-longname@running-club.example.com";
        accounts.create(longEmail, "Priya Ramanathan", Set.of(Role.RUNNER));
        browser = HeadlessChromium.start(1280, 900);
        signIn(accounts.create(Set.of(Role.ADMIN)).email());

        browser.get("http://localhost:" + port + "/admin/members");
        String script = """
                const cell = [...document.querySelectorAll('vaadin-grid-cell-content')]
                    .find(c => c.textContent.trim() === arguments[0]);
                if (!cell || cell.clientWidth === 0) { return null; }
                return { shown: cell.clientWidth, needed: cell.scrollWidth };
                """;
        Object[] last = {null};
        Map<String, Object> cell = new WebDriverWait(browser, Duration.ofSeconds(60))
                .pollingEvery(Duration.ofMillis(500)).until(driver -> {
                    Object now = ((JavascriptExecutor) driver).executeScript(script, longEmail);
                    boolean settled = now != null && now.equals(last[0]);
                    last[0] = now;
                    return settled ? (Map<String, Object>) now : null;
                });
        assertThat(((Number) cell.get("needed")).longValue()).as("email cell: %s", cell)
                .isLessThanOrEqualTo(((Number) cell.get("shown")).longValue());
    }

    private void signIn(String email) {
        HeadlessChromium.signIn(browser, port, email, "secret-password");
    }

    /** The routed view's left padding, its heading's distance from the view's left edge, and its max-width. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> measure(String page) {
        browser.get("http://localhost:" + port + "/" + page);
        String script = """
                const view = document.querySelector('vaadin-app-layout > main');
                const heading = view && view.querySelector('h1');
                if (!heading) { return null; }
                const style = getComputedStyle(view);
                return { padding: parseFloat(style.paddingLeft),
                         headingInset: heading.getBoundingClientRect().left - view.getBoundingClientRect().left,
                         maxWidth: style.maxWidth };
                """;
        // Measured once the page has settled: the same figures twice, half a second apart.
        Object[] last = {null};
        return new WebDriverWait(browser, Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(500)).until(driver -> {
            Object now = ((JavascriptExecutor) driver).executeScript(script);
            boolean settled = now != null && now.equals(last[0]);
            last[0] = now;
            return settled ? (Map<String, Object>) now : null;
        });
    }
}
