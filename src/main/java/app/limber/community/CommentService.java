package app.limber.community;

import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.content.CommentableItem;
import app.limber.content.CommentableItems;
import app.limber.platform.text.Text;
import app.limber.settings.Settings;
import app.limber.settings.SiteSettingsService;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The discussion under articles and routines, for readers: reading the thread, posting (members as themselves,
 * visitors with name and email when the settings allow), and editing or deleting one's own comment. Which comments
 * are held, sent to spam or refused is decided by {@link ModerationRules}.
 *
 * <p>Visitors have no account, so the browser tab remembers the ids of the comments they posted ({@code ownIds});
 * that is how a visitor sees their own pending comment and may edit it.
 */
@Service
@PreAuthorize("permitAll()")
public class CommentService {

    public static final int NAME_MAX = 80;
    public static final int EMAIL_MAX = 254;
    public static final int WEBSITE_MAX = 300;

    /** Matches no stored email or IP address (those are never blank), to leave a condition out of a query. */
    private static final String NO_MATCH = " ";
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern WEBSITE = Pattern.compile("^(?i)https?://[^\\s<>\"'`]+$");

    private final CommentRepository comments;
    private final CommentableItems items;
    private final SiteSettingsService settings;
    private final ModerationRules rules;
    private final CommentHistory history;
    private final CommentNotices notices;
    private final Clock clock;

    CommentService(CommentRepository comments, CommentableItems items, SiteSettingsService settings,
            ModerationRules rules, CommentHistory history, CommentNotices notices, Clock clock) {
        this.comments = comments;
        this.items = items;
        this.settings = settings;
        this.rules = rules;
        this.history = history;
        this.notices = notices;
        this.clock = clock;
    }

    /**
     * The discussion under an item as this reader sees it: approved comments, plus pending ones they wrote (marked)
     * or, for moderators, all pending ones, threaded as {@link CommentThreading} describes.
     */
    @Transactional(readOnly = true)
    public Optional<Discussion> discussion(CommentableItem.Kind kind, long itemId, Collection<Long> ownIds,
            boolean newestFirst) {
        @Nullable SignedInPerson reader = SignedInPerson.currentOrNull();
        Optional<CommentableItem> found = items.find(kind, itemId).filter(item -> item.readableBy(reader != null));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CommentableItem item = found.get();
        boolean moderator = isModerator(reader, item);
        List<Comment> rows = comments.findThread(kind, itemId, moderator, reader == null ? -1 : reader.personId(),
                ownIds.isEmpty() ? List.of(-1L) : ownIds);
        Settings current = settings.current();
        boolean open = reader != null || current.guestComments();
        return Optional.of(new Discussion(item, thread(rows, reader, ownIds, newestFirst), open, reader == null,
                reader != null && Role.effective(reader.roles()).contains(Role.INSTRUCTOR),
                open ? "" : "Sign in to join the discussion.", lastChange(rows)));
    }

    /** The newest moment any of these comments was posted, edited or changed status; null for none. */
    private static @Nullable Instant lastChange(List<Comment> rows) {
        return rows.stream()
                .flatMap(comment -> java.util.stream.Stream.of(comment.createdAt(), comment.editedAt(),
                        comment.statusChangedAt()))
                .filter(Objects::nonNull).max(Instant::compareTo).orElse(null);
    }

    /** Posts a comment or reply; refused with {@link CommentRefusedException} (nothing stored) when it breaks a rule. */
    @Transactional
    public PostedComment post(NewComment posted) {
        @Nullable SignedInPerson author = SignedInPerson.currentOrNull();
        CommentableItem item = items.find(posted.kind(), posted.itemId())
                .filter(found -> found.readableBy(author != null))
                .orElseThrow(() -> new CommentRefusedException("This page is no longer open for comments."));
        Settings current = settings.current();
        if (author == null && !current.guestComments()) {
            throw new CommentRefusedException("Please sign in to comment.");
        }
        String text = validText(posted.text());
        String name = author == null ? required("name", posted.name(), NAME_MAX, "your name") : author.displayName();
        String email = author == null ? validEmail(posted.email()) : author.email().toLowerCase(Locale.ROOT);
        String website = author == null ? validWebsite(posted.website()) : "";
        Comment parent = posted.replyTo() == null ? null : replyTarget(posted.replyTo(), item);
        boolean moderator = isModerator(author, item);
        Instant now = clock.instant();
        long authorKey = author == null ? -1 : author.personId();
        String ip = Objects.requireNonNullElse(posted.ipAddress(), "");
        ModerationRules.Candidate candidate = new ModerationRules.Candidate(name, email, website, text, moderator,
                comments.hasApproved(authorKey, email), posted.honeypot(), posted.formOpenedAt(), now);
        rules.refuseIfUnwanted(current, candidate, recentBy(author, email, ip, now,
                comments.findTextsBy(item.kind(), item.id(), parent == null ? null : parent.id(), authorKey, email)));
        ModerationRules.Verdict verdict = rules.judge(current, candidate);
        boolean asInstructor = posted.asInstructor() && author != null
                && Role.effective(author.roles()).contains(Role.INSTRUCTOR);
        Comment comment = comments.save(new Comment(item, parent == null ? null : parent.id(),
                author == null ? null : author.personId(), name, email, website.isEmpty() ? null : website,
                asInstructor, text, CommentText.links(text).size(), verdict,
                ip.isEmpty() ? null : ip, posted.notifyReplies(), now));
        history.posted(comment, now);
        notices.posted(comment, item, parent);
        return new PostedComment(comment.id(), comment.status());
    }

    /** Changes the text of one's own comment within {@link ModerationRules#EDIT_WINDOW} of posting it. */
    @Transactional
    public void edit(long commentId, String newText, Collection<Long> ownIds) {
        Comment comment = own(commentId, ownIds);
        Instant now = clock.instant();
        if (!now.isBefore(comment.createdAt().plus(ModerationRules.EDIT_WINDOW))) {
            throw new CommentRefusedException("text", "Comments can be edited for "
                    + ModerationRules.EDIT_WINDOW.toMinutes() + " minutes after posting.");
        }
        String text = validText(newText);
        Settings current = settings.current();
        CommentableItem item = items.find(comment.itemKind(), comment.itemId())
                .orElseThrow(() -> new CommentRefusedException("This page no longer exists."));
        ModerationRules.Candidate candidate = new ModerationRules.Candidate(comment.authorName(),
                Objects.requireNonNullElse(comment.authorEmail(), ""),
                Objects.requireNonNullElse(comment.authorUrl(), ""), text, isModerator(SignedInPerson.currentOrNull(), item), true, "",
                Instant.EPOCH, now);
        comment.edit(text, CommentText.links(text).size(), now);
        rules.afterEdit(current, candidate, comment.status())
                .ifPresent(stricter -> history.move(comment, stricter.status(), stricter.reason(), stricter.detail(),
                        now));
        comments.saveAndFlush(comment);
    }

    /** Removes one's own comment from the discussion (it goes to the trash, where moderators can still see it). */
    @Transactional
    public void delete(long commentId, Collection<Long> ownIds) {
        Comment comment = own(commentId, ownIds);
        if (comment.status() == CommentStatus.TRASH) {
            return;
        }
        history.move(comment, CommentStatus.TRASH, ModerationReason.DELETED_BY_AUTHOR, null, clock.instant());
        comments.saveAndFlush(comment);
    }

    private Comment own(long commentId, Collection<Long> ownIds) {
        Comment comment = comments.findById(commentId)
                .orElseThrow(() -> new CommentRefusedException("This comment no longer exists."));
        @Nullable SignedInPerson caller = SignedInPerson.currentOrNull();
        boolean mine = comment.authorId() == null ? ownIds.contains(commentId)
                : caller != null && comment.authorId() == caller.personId();
        if (!mine) {
            throw new AccessDeniedException("Only the author may change this comment");
        }
        return comment;
    }

    /**
     * What the author posted lately, for the flood rules: members are counted by their account only (people sharing
     * an address, such as a household or a running club's Wi-Fi, don't use up each other's allowance); guests by the
     * email they gave or their IP address.
     */
    private ModerationRules.History recentBy(@Nullable SignedInPerson author, String email, String ip, Instant now,
            List<String> earlierTextsHere) {
        Instant since = now.minus(ModerationRules.FLOOD_PERIOD);
        RecentComments recent = author != null ? comments.findRecentByMember(author.personId(), since)
                : comments.findRecentByGuest(email, ip.isEmpty() ? NO_MATCH : ip, since);
        return new ModerationRules.History(earlierTextsHere, Optional.ofNullable(recent.latest()), recent.count());
    }

    /** The comment a reply answers: an approved comment on the same item (how deep it sits doesn't matter). */
    private Comment replyTarget(long parentId, CommentableItem item) {
        return comments.findById(parentId)
                .filter(found -> found.itemKind() == item.kind() && found.itemId() == item.id())
                .filter(found -> found.status() == CommentStatus.APPROVED)
                .orElseThrow(() -> new CommentRefusedException("The comment you're replying to is no longer there."));
    }

    private List<ThreadComment> thread(List<Comment> rows, @Nullable SignedInPerson reader, Collection<Long> ownIds,
            boolean newestFirst) {
        Instant now = clock.instant();
        return CommentThreading.arrange(rows, newestFirst, (row, depth, answers, flattened, replies) -> {
            boolean own = row.authorId() == null ? ownIds.contains(row.id())
                    : reader != null && row.authorId() == reader.personId();
            Instant editableUntil = row.createdAt().plus(ModerationRules.EDIT_WINDOW);
            return new ThreadComment(row.id(), row.authorName(), row.authorUrl(), row.asInstructor(), row.body(),
                    row.status(), row.createdAt(), row.editedAt(), own,
                    own && now.isBefore(editableUntil) ? editableUntil : null, depth,
                    answers == null ? null : answers.authorName(), flattened, replies);
        });
    }

    static boolean isModerator(@Nullable SignedInPerson person, CommentableItem item) {
        return person != null && (person.isAdmin() || person.personId() == item.authorId());
    }

    private static String validText(String text) {
        // Cleaned before the rules look at it, so "sp\0am" is judged as the "spam" that would be stored.
        String stripped = Text.clean(text).strip();
        if (stripped.isEmpty()) {
            throw new CommentRefusedException("text", "Write a comment first.");
        }
        int length = CommentText.length(stripped);
        if (length > CommentText.MAX_LENGTH) {
            throw new CommentRefusedException("text", "Comments can be up to " + CommentText.MAX_LENGTH
                    + " characters; this one has " + length + ". Please shorten it.");
        }
        return stripped;
    }

    private static String required(String field, String value, int max, String what) {
        String stripped = Text.clean(value).strip();
        if (stripped.isEmpty()) {
            throw new CommentRefusedException(field, "Please give " + what + ".");
        }
        if (CommentText.length(stripped) > max) {
            throw new CommentRefusedException(field, "Keep it under " + max + " characters.");
        }
        return stripped;
    }

    private static String validEmail(String value) {
        String email = required("email", value, EMAIL_MAX, "your email address").toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(email).matches()) {
            throw new CommentRefusedException("email", "That doesn't look like an email address.");
        }
        return email;
    }

    private static String validWebsite(String value) {
        String website = value.strip();
        if (website.isEmpty()) {
            return "";
        }
        if (website.length() > WEBSITE_MAX || !WEBSITE.matcher(website).matches()) {
            throw new CommentRefusedException("website", "Give a web address starting with https:// or leave it "
                    + "empty.");
        }
        return website;
    }

}
