package app.limber.content.ui;

import app.limber.account.CurrentUser;
import app.limber.content.ArticleService;
import app.limber.content.TagPage;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Everything published with one tag, at {@code /tags/{slug}}: articles first, then routines. */
@Route("tags")
@AnonymousAllowed
class TagView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private final ArticleService articles;
    private final CurrentUser currentUser;
    private String title = "Tag";

    TagView(ArticleService articles, CurrentUser currentUser) {
        this.articles = articles;
        this.currentUser = currentUser;
        addClassName("tag-view");
    }

    @Override
    public void setParameter(BeforeEvent event, String slug) {
        removeAll();
        articles.tagPage(slug, currentUser.isSignedIn()).ifPresentOrElse(this::show, () -> {
            title = "Tag not found";
            add(new H1("We couldn't find that tag"), new Anchor("", "Back to the home page"));
        });
    }

    private void show(TagPage page) {
        title = page.name();
        add(new H1("#" + page.name()));
        if (page.isEmpty()) {
            Paragraph empty = new Paragraph("Nothing is published with this tag yet.");
            empty.addClassName("empty-state");
            add(empty);
            return;
        }
        if (!page.articles().isEmpty()) {
            add(new Section(new H2("Articles"), ContentCards.articles(page.articles())));
        }
        if (!page.routines().isEmpty()) {
            add(new Section(new H2("Routines"), ContentCards.routines(page.routines())));
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
