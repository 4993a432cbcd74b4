package app.limber.account;

import app.limber.settings.SiteSettingsService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** The emails the account feature sends, in plain text, with links built from the configured public address. */
@Component
class AccountMail {

    private final JavaMailSender mailSender;
    private final SiteSettingsService settings;
    private final String from;
    private final String publicUrl;

    AccountMail(JavaMailSender mailSender, SiteSettingsService settings, @Value("${limber.mail.from}") String from,
            @Value("${limber.public-url}") String publicUrl) {
        this.mailSender = mailSender;
        this.settings = settings;
        this.from = from;
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
        String site = settings.siteName();
        send(to, "You're invited to " + site, """
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
        SimpleMailMessage message = new SimpleMailMessage();
        // The sender set in the admin settings wins over the configured default.
        String sender = settings.current().mailSender();
        message.setFrom(sender.isBlank() ? from : sender);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        mailSender.send(message);
    }
}
