package app.limber.settings;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Site-wide settings as values. {@code version} guards against two admins overwriting each other. */
public record Settings(
        @NotBlank(message = "Give the site a name") @Size(max = 80, message = "Keep the name under 80 characters")
        String siteName,
        boolean registrationOpen,
        boolean guestComments,
        boolean moderateAll,
        @Min(value = 0, message = "0 or more") @Max(value = 50, message = "At most 50") int holdLinkCount,
        @Size(max = 20_000) String moderationWords,
        @Size(max = 20_000) String disallowedWords,
        @Size(max = 254) String mailSender,
        @Min(value = 1, message = "At least 1") @Max(value = 1000, message = "At most 1000") int commentsPerHour,
        long version) {

    /** The default cap on comments per author (or IP address) per hour. */
    public static final int DEFAULT_COMMENTS_PER_HOUR = 10;

    /** The settings without the comment cap (callers written before it existed): the cap gets its default. */
    public Settings(String siteName, boolean registrationOpen, boolean guestComments, boolean moderateAll,
            int holdLinkCount, String moderationWords, String disallowedWords, String mailSender, long version) {
        this(siteName, registrationOpen, guestComments, moderateAll, holdLinkCount, moderationWords, disallowedWords,
                mailSender, DEFAULT_COMMENTS_PER_HOUR, version);
    }

    /** The same settings under another site name. */
    public Settings withSiteName(String name) {
        return new Settings(name, registrationOpen, guestComments, moderateAll, holdLinkCount, moderationWords,
                disallowedWords, mailSender, commentsPerHour, version);
    }

    /** The same settings with another cap on comments per hour. */
    public Settings withCommentsPerHour(int cap) {
        return new Settings(siteName, registrationOpen, guestComments, moderateAll, holdLinkCount, moderationWords,
                disallowedWords, mailSender, cap, version);
    }
}
