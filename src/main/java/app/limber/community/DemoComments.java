package app.limber.community;

import app.limber.account.DemoMode;
import app.limber.account.DemoPeople;
import app.limber.account.SignedInPerson;
import app.limber.content.CommentableItem;
import app.limber.content.CommentableItems;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds a discussion under the demo article about the big toe, once, in demo mode: approved comments and replies from
 * the demo runners and the coach, two comments waiting for moderation and one caught as spam. Written straight to the
 * comment tables (the posting rules are for live traffic), with the history each comment would have.
 */
@Component
@Order(40)
class DemoComments implements ApplicationRunner {

    static final String ARTICLE_SLUG = "your-big-toe-starts-every-stride";

    private static final Logger log = LoggerFactory.getLogger(DemoComments.class);

    private final DemoMode demoMode;
    private final CommentableItems items;
    private final CommentRepository comments;
    private final CommentStatusChangeRepository changes;
    private final DemoPeople people;
    private final Clock clock;

    DemoComments(DemoMode demoMode, CommentableItems items, CommentRepository comments,
            CommentStatusChangeRepository changes, DemoPeople people, Clock clock) {
        this.demoMode = demoMode;
        this.items = items;
        this.comments = comments;
        this.changes = changes;
        this.people = people;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(@Nullable ApplicationArguments args) {
        if (!demoMode.isEnabled()) {
            return;
        }
        CommentableItem article = items.findBySlug(CommentableItem.Kind.ARTICLE, ARTICLE_SLUG).orElse(null);
        SignedInPerson coach = person("coach@limber.test");
        SignedInPerson sam = person("runner@limber.test");
        SignedInPerson jo = person("runner2@limber.test");
        SignedInPerson admin = person("admin@limber.test");
        if (article == null || coach == null || sam == null || jo == null
                || comments.findThread(article.kind(), article.id(), true, -1, java.util.List.of(-1L)).size() > 0) {
            return;
        }
        Instant now = clock.instant();
        Comment samsStretch = member(article, null, sam, false, """
                I tried the kneeling toe stretch after my long run on Sunday and could only stay there for three \
                breaths before my toes complained. Two weeks of doing it after every run and I'm at ten breaths.
                Didn't expect it to change that quickly!""", now.minus(Duration.ofDays(9)), admin);
        Comment blanketTip = member(article, samsStretch, coach, true, """
                That's a lovely change, Sam. Keep the folded blanket under your knees if they ever ache: the toes \
                are the point of this one, not the knees.""", now.minus(Duration.ofDays(8)), null);
        member(article, blanketTip, sam, false, """
                The blanket helps a lot, thanks. Leaning forward a little when the toes protest works too.""",
                now.minus(Duration.ofDays(7)), null);
        Comment josQuestion = member(article, null, jo, false, """
                Question about the heel-lift check: barefoot or in running shoes? In my shoes the weight stays over \
                the big toe, barefoot it drifts to the outside of the foot.""", now.minus(Duration.ofDays(6)), admin);
        member(article, josQuestion, coach, true, """
                Barefoot, Jo. Shoes hide exactly what we want to see. The drift you notice is useful: it's what \
                the toe routines work on. Try the check again in a month and compare.""",
                now.minus(Duration.ofDays(6)).plus(Duration.ofHours(3)), null);
        member(article, josQuestion, sam, false, "Same here. Barefoot was humbling, in a good way.",
                now.minus(Duration.ofDays(5)), null);
        guest(article, "Priya", "priya@example.com", "198.51.100.23", """
                A friend from my running club sent me here. Is there a version of the toe stretch for people who \
                can't kneel? I have an old knee injury.""", new ModerationRules.Verdict(CommentStatus.PENDING,
                ModerationReason.FIRST_COMMENT), now.minus(Duration.ofHours(20)));
        guest(article, "Tom", "tom@example.net", "203.0.113.54", """
                Great read. I keep a list of foot drills at https://drills.example.com/list and more at \
                https://drills.example.com/more if anyone wants extra ideas.""", new ModerationRules.Verdict(
                CommentStatus.PENDING, ModerationReason.LINKS, "2"), now.minus(Duration.ofHours(5)));
        Comment spam = guest(article, "Best Deals", "deals@shoe-outlet.example", "192.0.2.201", """
                Branded running shoes 80% off, today only!!! Visit http://cheap-shoes.example now""",
                new ModerationRules.Verdict(CommentStatus.PENDING, ModerationReason.FIRST_COMMENT),
                now.minus(Duration.ofHours(2)));
        moderated(spam, CommentStatus.SPAM, admin, now.minus(Duration.ofHours(1)));
        log.info("Seeded demo comments on \"{}\"", article.title());
    }

    private Comment member(CommentableItem article, @Nullable Comment parent, SignedInPerson author,
            boolean asInstructor, String text, Instant at, @Nullable SignedInPerson approvedBy) {
        boolean moderator = author.isAdmin() || author.personId() == article.authorId();
        ModerationRules.Verdict verdict = moderator
                ? new ModerationRules.Verdict(CommentStatus.APPROVED, ModerationReason.MODERATOR_WROTE_IT)
                : approvedBy == null ? new ModerationRules.Verdict(CommentStatus.APPROVED, ModerationReason.TRUSTED_AUTHOR)
                : new ModerationRules.Verdict(CommentStatus.PENDING, ModerationReason.FIRST_COMMENT);
        Comment comment = comments.save(new Comment(article, parent == null ? null : parent.id(), author.personId(),
                author.displayName(), author.email(), null, asInstructor, text, CommentText.links(text).size(),
                verdict, null, false, at));
        changes.save(new CommentStatusChange(comment.id(), at, author.personId(), author.displayName(), null,
                comment.status(), verdict.reason(), null));
        if (comment.status() == CommentStatus.PENDING && approvedBy != null) {
            moderated(comment, CommentStatus.APPROVED, approvedBy, at.plus(Duration.ofHours(1)));
        }
        return comment;
    }

    private void moderated(Comment comment, CommentStatus to, SignedInPerson moderator, Instant at) {
        CommentStatus from = comment.status();
        comment.changeStatus(to, ModerationReason.MODERATOR, moderator.displayName(), at);
        changes.save(new CommentStatusChange(comment.id(), at, moderator.personId(), moderator.displayName(), from, to,
                ModerationReason.MODERATOR, moderator.displayName()));
    }

    private Comment guest(CommentableItem article, String name, String email, String ip, String text,
            ModerationRules.Verdict verdict, Instant at) {
        Comment comment = comments.save(new Comment(article, null, null, name, email, null, false, text,
                CommentText.links(text).size(), verdict, ip, false, at));
        changes.save(new CommentStatusChange(comment.id(), at, null, name + " (visitor)", null, verdict.status(),
                verdict.reason(), comment.statusDetail()));
        return comment;
    }

    private @Nullable SignedInPerson person(String email) {
        return people.find(email).orElse(null);
    }
}
