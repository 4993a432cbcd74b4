package app.limber.account;

import app.limber.account.OneTimeLink.Purpose;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Issues and redeems one-time links: 256 random bits, stored only as a SHA-256 hash, single use, expiring. */
@Component
class OneTimeLinks {

    private static final int TOKEN_BYTES = 32;

    private final OneTimeLinkRepository links;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final SecureRandom random = new SecureRandom();

    OneTimeLinks(OneTimeLinkRepository links, Clock clock, JdbcTemplate jdbc) {
        this.links = links;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** A new token for this person and purpose; the caller puts it into an email and nowhere else. */
    String issue(long personId, Purpose purpose, Duration validFor) {
        String token = newToken();
        Instant now = clock.instant();
        links.save(new OneTimeLink(personId, purpose, hash(token), now, now.plus(validFor)));
        return token;
    }

    /** A new token for each of these people (person id to token), stored with one batch of inserts. */
    Map<Long, String> issueAll(List<Long> personIds, Purpose purpose, Duration validFor) {
        Map<Long, String> tokens = new LinkedHashMap<>();
        personIds.forEach(personId -> tokens.put(personId, newToken()));
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        jdbc.batchUpdate("insert into one_time_links (person_id, token_hash, purpose, created_at, expires_at) "
                        + "values (?, ?, ?, ?, ?)", tokens.entrySet().stream().map(token -> new Object[] {
                token.getKey(), hash(token.getValue()), purpose.name(), now, now.plus(validFor)}).toList());
        return tokens;
    }

    private String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
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
