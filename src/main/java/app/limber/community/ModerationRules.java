package app.limber.community;

import app.limber.settings.Settings;
import java.time.Duration;
import java.time.Instant;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Every rule that decides what happens to a new comment, in one place: refused (with a message for the commenter),
 * sent to spam, held for moderation, or approved. Configured by the comment settings in {@code /admin/settings}; the
 * caller supplies the facts (what was posted, what the author posted before), so the rules themselves are plain logic.
 */
@Component
public class ModerationRules {

    /** Authors may edit a comment this long after posting it. */
    public static final Duration EDIT_WINDOW = Duration.ofMinutes(15);
    /** The shortest time between two comments of one member, or of one guest email or IP address. */
    public static final Duration MIN_INTERVAL = Duration.ofSeconds(15);
    /** The period of the "comments an hour" cap. */
    public static final Duration FLOOD_PERIOD = Duration.ofHours(1);
    /** A person needs at least this long to read and fill in the form; bots are faster. */
    public static final Duration MIN_FILL_TIME = Duration.ofSeconds(3);

    private static final String DUPLICATE = "You've already posted this here. Change the text if you meant to say something "
            + "new.";
    private static final Pattern WHITESPACE = Pattern.compile("(?U)\\s+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("(?U)[\\p{P}\\s]+$");

    /** What was posted, and by whom. {@code moderator}: the item's author or an admin. */
    public record Candidate(String name, String email, String url, String text, boolean moderator,
            boolean hasApprovedComment, String honeypot, Instant formOpenedAt, Instant now) {
    }

    /**
     * What the same author posted before: the texts they already posted in the same place (same item, same comment
     * replied to; trash left out), and the time of their latest comment and how many they posted in the last hour
     * (members by their account; guests by their email or IP address, so a household's guests never limit a member).
     */
    public record History(List<String> earlierTextsHere, Optional<Instant> previousAt, long inLastHour) {

        static History none() {
            return new History(List.of(), Optional.empty(), 0);
        }
    }

    /**
     * Refuses a comment that must not be stored at all: bots, duplicates (the author already posted the same text in
     * the same place, at any time; see {@link #comparable}) and floods. Moderators (the item's author, admins) are
     * signed-in people working through their queue: only the duplicate rule applies to them, as in WordPress.
     */
    public void refuseIfUnwanted(Settings settings, Candidate candidate, History history) {
        if (!candidate.moderator() && (!candidate.honeypot().isEmpty()
                || Duration.between(candidate.formOpenedAt(), candidate.now()).compareTo(MIN_FILL_TIME) < 0)) {
            throw new CommentRefusedException("That was quicker than a person can type. Please wait a moment and "
                    + "send your comment again.");
        }
        String comparable = comparable(candidate.text());
        if (history.earlierTextsHere().stream().map(ModerationRules::comparable).anyMatch(comparable::equals)) {
            throw new CommentRefusedException("text", DUPLICATE);
        }
        if (candidate.moderator()) {
            return;
        }
        if (history.previousAt().map(at -> Duration.between(at, candidate.now()).compareTo(MIN_INTERVAL) < 0)
                .orElse(false)) {
            throw new CommentRefusedException("You're commenting too quickly. Please wait a few seconds and send it "
                    + "again.");
        }
        if (history.inLastHour() >= settings.commentsPerHour()) {
            throw new CommentRefusedException("You've reached the limit of " + settings.commentsPerHour()
                    + " comments an hour. Please come back later.");
        }
    }

    /** The status a new comment gets, and why (shown in the moderation queue and the comment's history). */
    public record Verdict(CommentStatus status, ModerationReason reason, String detail) {

        Verdict(CommentStatus status, ModerationReason reason) {
            this(status, reason, "");
        }
    }

    /**
     * What a new comment gets: spam, held or approved, with the rule that decided. A moderator's comment is approved
     * before any word list is read (as in WordPress), so a reply from the queue is always published at once.
     */
    public Verdict judge(Settings settings, Candidate candidate) {
        if (candidate.moderator()) {
            return new Verdict(CommentStatus.APPROVED, ModerationReason.MODERATOR_WROTE_IT);
        }
        Optional<String> disallowed = firstMatch(settings.disallowedWords(), candidate);
        if (disallowed.isPresent()) {
            return new Verdict(CommentStatus.SPAM, ModerationReason.DISALLOWED_WORD,
                    ModerationReason.detail(disallowed.get()));
        }
        if (settings.moderateAll()) {
            return new Verdict(CommentStatus.PENDING, ModerationReason.EVERY_COMMENT_HELD);
        }
        int links = CommentText.links(candidate.text()).size();
        if (settings.holdLinkCount() > 0 && links >= settings.holdLinkCount()) {
            return new Verdict(CommentStatus.PENDING, ModerationReason.LINKS, Integer.toString(links));
        }
        Optional<String> moderated = firstMatch(settings.moderationWords(), candidate);
        if (moderated.isPresent()) {
            return new Verdict(CommentStatus.PENDING, ModerationReason.HOLD_WORD,
                    ModerationReason.detail(moderated.get()));
        }
        if (!candidate.hasApprovedComment()) {
            return new Verdict(CommentStatus.PENDING, ModerationReason.FIRST_COMMENT);
        }
        return new Verdict(CommentStatus.APPROVED, ModerationReason.TRUSTED_AUTHOR);
    }

    /**
     * What an edited comment becomes: edits can make a comment stricter (spam or held, with the rule that decided),
     * never approve it; empty when it keeps its status.
     */
    public Optional<Verdict> afterEdit(Settings settings, Candidate candidate, CommentStatus current) {
        Verdict verdict = judge(settings, candidate);
        boolean stricter = verdict.status() == CommentStatus.SPAM && current != CommentStatus.SPAM
                || verdict.status() == CommentStatus.PENDING && current == CommentStatus.APPROVED
                        && verdict.reason() != ModerationReason.FIRST_COMMENT;
        return stricter ? Optional.of(verdict) : Optional.empty();
    }

    /** The first word or phrase of a list (one per line) found in the name, email, URL or text, ignoring case. */
    static Optional<String> firstMatch(String wordList, Candidate candidate) {
        String haystack = Stream.of(candidate.name(), candidate.email(), candidate.url(), candidate.text())
                .map(value -> value.toLowerCase(Locale.ROOT)).reduce("", (a, b) -> a + "\n" + b);
        return words(wordList).filter(word -> haystack.contains(word.toLowerCase(Locale.ROOT))).findFirst();
    }

    private static Stream<String> words(@Nullable String wordList) {
        return wordList == null ? Stream.empty()
                : Arrays.stream(wordList.split("\\R")).map(String::strip).filter(word -> !word.isEmpty());
    }

    /**
     * Text as the duplicate rule compares it, so that retyping the same words doesn't slip past: Unicode compatibility
     * form (full-width letters, ligatures and composed accents count as the plain ones), invisible format characters
     * (zero-width spaces, joiners) dropped, case ignored, any run of whitespace as one space, and punctuation at the
     * end ignored ("Thanks!" repeats "thanks."). Punctuation elsewhere, accents and emoji still count.
     */
    static String comparable(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\p{Cf}", "")
                .toLowerCase(Locale.ROOT);
        String spaced = WHITESPACE.matcher(plain).replaceAll(" ").strip();
        String trimmed = TRAILING_PUNCTUATION.matcher(spaced).replaceAll("");
        return trimmed.isEmpty() ? spaced : trimmed;
    }
}
