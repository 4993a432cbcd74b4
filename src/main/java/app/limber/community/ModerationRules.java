package app.limber.community;

import app.limber.settings.Settings;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
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
    /** The shortest time between two comments of one author or IP address. */
    public static final Duration MIN_INTERVAL = Duration.ofSeconds(15);
    /** A person needs at least this long to read and fill in the form; bots are faster. */
    public static final Duration MIN_FILL_TIME = Duration.ofSeconds(3);

    /** What was posted, and by whom. {@code moderator}: the item's author or an admin. */
    public record Candidate(String name, String email, String url, String text, boolean moderator,
            boolean hasApprovedComment, String honeypot, Instant formOpenedAt, Instant now) {
    }

    /** What the same author (or IP address) posted before: the latest text and time, and the count in the last hour. */
    public record History(Optional<String> previousText, Optional<Instant> previousAt, long inLastHour) {

        static History none() {
            return new History(Optional.empty(), Optional.empty(), 0);
        }
    }

    /** The status a new comment gets, and why (shown in the queue's history and tests). */
    public record Verdict(CommentStatus status, String reason) {
    }

    /** Refuses a comment that must not be stored at all: bots, duplicates and floods. */
    public void refuseIfUnwanted(Settings settings, Candidate candidate, History history) {
        if (!candidate.honeypot().isEmpty()
                || Duration.between(candidate.formOpenedAt(), candidate.now()).compareTo(MIN_FILL_TIME) < 0) {
            throw new CommentRefusedException("That was quicker than a person can type. Please wait a moment and "
                    + "send your comment again.");
        }
        if (history.previousText().map(previous -> normalised(previous).equals(normalised(candidate.text())))
                .orElse(false)) {
            throw new CommentRefusedException("text", "You've already said that: this is the same as your previous "
                    + "comment.");
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

    /** Spam, held or approved; see the class comment. */
    public Verdict judge(Settings settings, Candidate candidate) {
        Optional<String> disallowed = firstMatch(settings.disallowedWords(), candidate);
        if (disallowed.isPresent()) {
            return new Verdict(CommentStatus.SPAM, "contains the disallowed \"" + disallowed.get() + "\"");
        }
        if (candidate.moderator()) {
            return new Verdict(CommentStatus.APPROVED, "written by a moderator");
        }
        if (settings.moderateAll()) {
            return new Verdict(CommentStatus.PENDING, "every comment is moderated");
        }
        int links = CommentText.links(candidate.text()).size();
        if (settings.holdLinkCount() > 0 && links >= settings.holdLinkCount()) {
            return new Verdict(CommentStatus.PENDING, links + " links");
        }
        Optional<String> moderated = firstMatch(settings.moderationWords(), candidate);
        if (moderated.isPresent()) {
            return new Verdict(CommentStatus.PENDING, "contains \"" + moderated.get() + "\"");
        }
        if (!candidate.hasApprovedComment()) {
            return new Verdict(CommentStatus.PENDING, "first comment by this author");
        }
        return new Verdict(CommentStatus.APPROVED, "passed every rule");
    }

    /** The status an edited comment moves to: edits can make a comment stricter (spam or held), never approve it. */
    public CommentStatus afterEdit(Settings settings, Candidate candidate, CommentStatus current) {
        Verdict verdict = judge(settings, candidate);
        if (verdict.status() == CommentStatus.SPAM) {
            return CommentStatus.SPAM;
        }
        if (verdict.status() == CommentStatus.PENDING && current == CommentStatus.APPROVED
                && !verdict.reason().startsWith("first comment")) {
            return CommentStatus.PENDING;
        }
        return current;
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

    private static String normalised(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
