package app.limber;

import app.limber.platform.mail.OutboxDelivery;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The tests' SMTP server: GreenMail on {@link TestMail#SMTP}, started for each test. The application sends email
 * through its outbox in the background, so reading what arrived first delivers everything the outbox has waiting,
 * as the background job would a moment later: tests read their mail at once, without sleeps.
 */
public class TestMailbox extends GreenMailExtension {

    private @Nullable OutboxDelivery outbox;

    public TestMailbox() {
        super(TestMail.SMTP);
        withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        super.beforeEach(context);
        outbox = SpringExtension.getApplicationContext(context).getBean(OutboxDelivery.class);
    }

    /** Delivers the outbox, then returns every message this server received during the test. */
    @Override
    public MimeMessage[] getReceivedMessages() {
        if (outbox != null) {
            outbox.deliverDue();
        }
        return super.getReceivedMessages();
    }
}
