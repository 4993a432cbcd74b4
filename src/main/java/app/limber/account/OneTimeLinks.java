package app.limber.account;

import app.limber.account.OneTimeLink.Purpose;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Issues and redeems one-time links: 256 random bits, stored only as a SHA-256 hash, single use, expiring. */
@Component
class OneTimeLinks {

    private static final int TOKEN_BYTES = 32;

    private final OneTimeLinkRepository links;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    OneTimeLinks(OneTimeLinkRepository links, Clock clock) {
        this.links = links;
        this.clock = clock;
    }

    /** A new token for this person and purpose; the caller puts it into an email and nowhere else. */
    String issue(long personId, Purpose purpose, Duration validFor) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        links.save(new OneTimeLink(personId, purpose, hash(token), now, now.plus(validFor)));
        return token;
    }

    /** The person a still-usable token belongs to, without using it up. */
    Optional<Long> peek(String token, Purpose purpose) {
        return links.findByTokenHash(hash(token)).filter(link -> link.isUsable(purpose, clock.instant()))
                .map(OneTimeLink::personId);
    }

    /** Uses the token (and the person's other open links for the same purpose) and returns whose it was. */
    Optional<Long> redeem(String token, Purpose purpose) {
        Instant now = clock.instant();
        return links.findByTokenHash(hash(token)).filter(link -> link.isUsable(purpose, now)).map(link -> {
            link.use(now);
            links.useAllOf(link.personId(), purpose, now);
            return link.personId();
        });
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
