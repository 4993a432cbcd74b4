package app.limber;

import com.icegreen.greenmail.util.ServerSetup;

/**
 * The in-process SMTP server of the tests that start one. Its port comes from {@code LIMBER_TEST_SMTP_PORT}
 * (default 3025, as in application-test.properties), so that two checkouts can run their suites side by side.
 */
public final class TestMail {

    /** GreenMail's SMTP setup on the port the application under test sends to. */
    public static final ServerSetup SMTP = new ServerSetup(port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

    private TestMail() {
    }

    private static int port() {
        String configured = System.getenv("LIMBER_TEST_SMTP_PORT");
        return configured == null || configured.isBlank() ? 3025 : Integer.parseInt(configured.trim());
    }
}
