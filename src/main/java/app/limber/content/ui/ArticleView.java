package app.limber.content.ui;

import app.limber.account.CurrentUser;
import app.limber.content.CommentableItem;
import app.limber.content.ArticleService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.ObjectProvider;

/** A published article at its stable address, {@code /articles/{slug}}. */
@Route("articles")
@AnonymousAllowed
class ArticleView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private final ArticleService articles;
    private final CurrentUser currentUser;
    private final ObjectProvider<DiscussionSlot> discussion;
    private String title = "Article";

    ArticleView(ArticleService articles, CurrentUser currentUser, ObjectProvider<DiscussionSlot> discussion) {
        this.discussion = discussion;
        this.articles = articles;
        this.currentUser = currentUser;
        addClassName("article-view");
    }

    @Override
    public void setParameter(BeforeEvent event, String slug) {
        removeAll();
        articles.findLive(slug, currentUser.isSignedIn()).ifPresentOrElse(page -> {
            title = page.title();
            add(new ArticlePageContent(page));
            discussion.ifAvailable(slot -> add(slot.discussionFor(CommentableItem.Kind.ARTICLE, page.id())));
        }, () -> {
            title = "Article not found";
            add(new H1("We couldn't find that article"));
            add(new Paragraph(currentUser.isSignedIn()
                    ? "It may have been unpublished or archived."
                    : "It may be for members only, or no longer published."));
            add(currentUser.isSignedIn() ? new Anchor("", "Back to the home page") : new Anchor("login", "Sign in"));
        });
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
