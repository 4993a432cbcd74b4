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
        long version) {
}
