package app.limber.account;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** The emails the account feature sends, in plain text, with links built from the configured public address. */
@Component
class AccountMail {

    private final JavaMailSender mailSender;
    private final String from;
    private final String publicUrl;

    AccountMail(JavaMailSender mailSender, @Value("${limber.mail.from}") String from,
            @Value("${limber.public-url}") String publicUrl) {
        this.mailSender = mailSender;
        this.from = from;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    void sendPasswordReset(String to, String displayName, String token, long validMinutes) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject("Set a new Limber password");
        message.setText("""
                Hello %s,

                Someone (hopefully you) asked to set a new password for your Limber account.
                Open this link within %d minutes to choose one:

                %s/reset-password?token=%s

                If you didn't ask for this, ignore this email: your password stays as it is.
                """.formatted(displayName, validMinutes, publicUrl, token));
        mailSender.send(message);
    }
}
