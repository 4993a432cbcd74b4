package app.limber.account;

import app.limber.platform.mail.Outbox;
import app.limber.settings.SiteSettingsService;
import org.springframework.beans.factory.annotation.Value;
import java.util.List;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.stereotype.Component;

/**
 * The emails the account feature sends, in plain text, with links built from the configured public address. They go
 * into the outbox in the caller's transaction and leave in the background.
 */
@Component
class AccountMail {

    private final Outbox outbox;
    private final SiteSettingsService settings;
    private final String publicUrl;

    AccountMail(Outbox outbox, SiteSettingsService settings, @Value("${limber.public-url}") String publicUrl) {
        this.outbox = outbox;
        this.settings = settings;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    void sendPasswordReset(String to, String displayName, String token, long validMinutes) {
        String site = settings.siteName();
        send(to, "Set a new password for " + site, """
                Hello %s,

                Someone (hopefully you) asked to set a new password for your account at %s.
                Open this link within %d minutes to choose one:

                %s/reset-password?token=%s

                If you didn't ask for this, ignore this email: your password stays as it is.
                """.formatted(displayName, site, validMinutes, publicUrl, token));
    }

    /** The answer to a reset request for an address without an account that can sign in (none, or disabled). */
    void sendPasswordResetWithoutAccount(String to) {
        send(to, "Set a new Limber password", """
                Hello,

                Someone (hopefully you) asked to set a new password for a Limber account with this email address,
                but there is no account with it that can sign in.

                If you have an account under another address, ask again with that one at %s/forgot-password.
                If you didn't ask for this, ignore this email.
                """.formatted(publicUrl));
    }

    void sendEmailConfirmation(String to, String displayName, String token) {
        String site = settings.siteName();
        send(to, "Confirm your email for " + site, """
                Hello %s,

                Welcome to %s. Confirm this is your email address to finish creating your account:

                %s/confirm-email?token=%s

                The link works for 24 hours. If you didn't sign up, ignore this email and no account will be used.
                """.formatted(displayName, site, publicUrl, token));
    }

    void sendInvitation(String to, String displayName, String token, long validDays) {
        outbox.enqueue(invitation(to, displayName, token, validDays));
    }

    /** An invitation to each of these people (email, name, token), queued with one batch of inserts. */
    void sendInvitations(List<Invited> invited, long validDays) {
        outbox.enqueueAll(invited.stream()
                .map(person -> invitation(person.email(), person.displayName(), person.token(), validDays)).toList());
    }

    /** Who an invitation goes to, with their link's token. */
    record Invited(String email, String displayName, String token) {
    }

    private SimpleMailMessage invitation(String to, String displayName, String token, long validDays) {
        String site = settings.siteName();
        return message(to, "You're invited to " + site, """
                Hello %s,

                You've been invited to %s, where your coach shares routines and programs for runners.
                Open this link within %d days to choose your password and sign in:

                %s/invitation?token=%s

                The link works once. If you weren't expecting this, ignore this email.
                """.formatted(displayName, site, validDays, publicUrl, token));
    }

    void sendAlreadyRegistered(String to, String displayName) {
        String site = settings.siteName();
        send(to, "You already have an account at " + site, """
                Hello %s,

                Someone (hopefully you) tried to create an account at %s with this email address, but you already
                have one. Sign in at %s/login, or set a new password at %s/forgot-password if you've forgotten it.
                """.formatted(displayName, site, publicUrl, publicUrl));
    }

    private void send(String to, String subject, String text) {
        outbox.enqueue(message(to, subject, text));
    }

    /** From the sender set in the admin settings, else the configured default. */
    private SimpleMailMessage message(String to, String subject, String text) {
        return Outbox.letter(settings.current().mailSender(), to, subject, text);
    }
}
