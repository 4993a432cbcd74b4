package app.limber.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The single row of site-wide settings. */
@Entity
@Table(name = "site_settings")
class SiteSettings {

    static final int ID = 1;

    @Id
    private int id = ID;

    @Column(name = "site_name", nullable = false, length = 80)
    private String siteName = "Limber";

    @Column(name = "registration_open", nullable = false)
    private boolean registrationOpen;

    @Column(name = "guest_comments", nullable = false)
    private boolean guestComments = true;

    @Column(name = "moderate_all", nullable = false)
    private boolean moderateAll;

    @Column(name = "hold_link_count", nullable = false)
    private int holdLinkCount = 2;

    @Column(name = "moderation_words", nullable = false)
    private String moderationWords = "";

    @Column(name = "disallowed_words", nullable = false)
    private String disallowedWords = "";

    @Column(name = "mail_sender", nullable = false, length = 254)
    private String mailSender = "";

    @Column(name = "comments_per_hour", nullable = false)
    private int commentsPerHour = Settings.DEFAULT_COMMENTS_PER_HOUR;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @Version
    private long version;

    SiteSettings() {
        // defaults as in migration V8
    }

    Instant updatedAt() {
        return updatedAt;
    }

    Settings toSettings() {
        return new Settings(siteName, registrationOpen, guestComments, moderateAll, holdLinkCount, moderationWords,
                disallowedWords, mailSender, commentsPerHour, version);
    }

    long version() {
        return version;
    }

    void apply(Settings settings, Instant now) {
        siteName = settings.siteName().strip();
        registrationOpen = settings.registrationOpen();
        guestComments = settings.guestComments();
        moderateAll = settings.moderateAll();
        holdLinkCount = settings.holdLinkCount();
        moderationWords = settings.moderationWords().strip();
        disallowedWords = settings.disallowedWords().strip();
        mailSender = settings.mailSender().strip();
        commentsPerHour = settings.commentsPerHour();
        updatedAt = now;
    }
}
