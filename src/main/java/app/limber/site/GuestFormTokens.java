package app.limber.site;

import app.limber.content.CommentableItem;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The stateless token in a guest's comment form, instead of a session's CSRF token (a visitor has no session, and
 * reading a page must not create one): an HMAC over the item and the moment the form was rendered. Posting checks
 * the signature (a form from our own page, for this item) and gives back that moment, which the moderation rules
 * use for the minimum fill time. Together with the same-origin check on comment posts it keeps other sites from
 * posting in a visitor's name. Tokens older than {@link #MAX_AGE} are refused (the reader reloads the page).
 *
 * <p>The key comes from {@code limber.site.form-key} (LIMBER_FORM_KEY); without one each start picks a random key,
 * so forms rendered before a restart, or by another node, ask the reader to send again.
 */
@Component
public class GuestFormTokens {

    static final String FIELD = "form_token";
    static final Duration MAX_AGE = Duration.ofDays(1);

    private final SecretKeySpec key;
    private final Clock clock;

    GuestFormTokens(@Value("${limber.site.form-key:}") String configuredKey, Clock clock) {
        byte[] secret = configuredKey.isBlank() ? randomKey() : configuredKey.getBytes(StandardCharsets.UTF_8);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.clock = clock;
    }

    /** A token for a form about this item, rendered now. */
    public String issue(CommentableItem.Kind kind, long itemId) {
        long renderedAt = clock.millis();
        return renderedAt + "." + sign(kind, itemId, renderedAt);
    }

    /** When the form was rendered, if the token is genuine, for this item, and not too old. */
    public Optional<Instant> renderedAt(String token, CommentableItem.Kind kind, long itemId) {
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        long renderedAt;
        try {
            renderedAt = Long.parseLong(token.substring(0, dot));
        } catch (NumberFormatException malformed) {
            return Optional.empty();
        }
        byte[] expected = sign(kind, itemId, renderedAt).getBytes(StandardCharsets.US_ASCII);
        byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        Instant at = Instant.ofEpochMilli(renderedAt);
        Instant now = clock.instant();
        if (!MessageDigest.isEqual(expected, given) || at.isAfter(now.plusSeconds(5))
                || at.isBefore(now.minus(MAX_AGE))) {
            return Optional.empty();
        }
        return Optional.of(at);
    }

    private String sign(CommentableItem.Kind kind, long itemId, long renderedAt) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] signature = mac.doFinal((kind.name() + ":" + itemId + ":" + renderedAt)
                    .getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static byte[] randomKey() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return secret;
    }
}
