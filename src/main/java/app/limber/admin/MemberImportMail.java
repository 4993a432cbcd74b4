package app.limber.admin;

import app.limber.account.SignedInPerson;
import app.limber.admin.MemberImport.ImportProgress;
import app.limber.platform.mail.Outbox;
import app.limber.settings.SiteSettingsService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Tells the admin who uploaded a member import, and has left the page, that it is finished. */
@Component
class MemberImportMail {

    private final Outbox outbox;
    private final SiteSettingsService settings;
    private final String publicUrl;

    MemberImportMail(Outbox outbox, SiteSettingsService settings, @Value("${limber.public-url}") String publicUrl) {
        this.outbox = outbox;
        this.settings = settings;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** Queues the "finished" email in the caller's transaction. */
    void sendFinished(SignedInPerson admin, ImportProgress done) {
        String counts = "%,d invited, %,d skipped, %,d invalid".formatted(done.invited(), done.skipped(),
                done.invalid());
        outbox.enqueue(Outbox.letter(settings.current().mailSender(), admin.email(),
                "Your member import is finished: " + counts, """
                Hello %s,

                Your member import of %s (%,d rows) at %s is finished: %s.
                Skipped rows belong to people who already have an account; invalid rows changed nothing and say why.

                The report, line by line: %s/admin/members?import=%d
                """.formatted(admin.displayName(), done.fileName(), done.total(), settings.siteName(), counts,
                publicUrl, done.id())));
    }
}
