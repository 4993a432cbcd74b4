package app.limber.community;

import app.limber.TestClock;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.account.TestAccounts;
import app.limber.content.ArticleDraft;
import app.limber.content.ArticleService;
import app.limber.content.CommentableItem;
import app.limber.settings.Settings;
import app.limber.settings.SiteSettingsService;
import java.time.Duration;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Articles to comment on, comments posted the way the form posts them, and settings changes, for comment tests. */
@TestComponent
public class CommentFixtures {

    private final TestAccounts accounts;
    private final ArticleService articles;
    private final CommentService comments;
    private final SiteSettingsService settings;
    private final TestClock clock;

    CommentFixtures(TestAccounts accounts, ArticleService articles, CommentService comments,
            SiteSettingsService settings, TestClock clock) {
        this.accounts = accounts;
        this.articles = articles;
        this.comments = comments;
        this.settings = settings;
        this.clock = clock;
    }

    /** A published public article by this instructor; the caller's sign-in is left as it was. */
    public ArticleDraft publishedArticle(SignedInPerson author, String title) {
        return as(author, () -> {
            ArticleDraft draft = articles.load(articles.createDraft(title)).orElseThrow();
            draft.setBody("Kneel, tuck the toes under, breathe.");
            ArticleDraft saved = articles.save(draft);
            return articles.publishNow(saved.getId(), saved.getVersion());
        });
    }

    /** Changes the site settings as an admin. */
    public void settings(UnaryOperator<Settings> change) {
        SignedInPerson admin = accounts.create(Set.of(Role.ADMIN));
        as(admin, () -> settings.update(change.apply(settings.current())));
    }

    /** A visitor's comment from their own IP address, sent after a believable time with the form open. */
    public PostedComment asVisitor(long articleId, String name, String email, String website, String text) {
        return as(null, () -> post(articleId, null, name, email, website, text, "198.51.100." + name.length()));
    }

    /** A comment by whoever is signed in now (or a visitor), from this IP address. */
    public PostedComment post(long articleId, @Nullable Long replyTo, String name, String email, String website,
            String text, String ip) {
        clock.advance(Duration.ofSeconds(20));
        return comments.post(new NewComment(CommentableItem.Kind.ARTICLE, articleId, replyTo, name, email, website,
                text, false, false, "", clock.instant().minusSeconds(10), ip));
    }

    /** Runs something as this person (null: a visitor) and puts the previous sign-in back. */
    public <T> T as(@Nullable SignedInPerson person, java.util.function.Supplier<T> action) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        if (person != null) {
            context.setAuthentication(new UsernamePasswordAuthenticationToken(person, null, person.getAuthorities()));
        }
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
