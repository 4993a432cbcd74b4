package app.limber.content.ui;

import app.limber.account.Role;
import app.limber.content.ArticleService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;

/** "Preview as reader": the article exactly as its public page shows it, whatever its status. */
@Route("studio/articles/:id/preview")
@PageTitle("Preview")
@RolesAllowed(Role.INSTRUCTOR_NAME)
class ArticlePreviewView extends Main implements BeforeEnterObserver {

    private final ArticleService articles;

    ArticlePreviewView(ArticleService articles) {
        this.articles = articles;
        addClassName("article-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        Div banner = new Div(new Span("Preview: this is how readers see it. "),
                new Anchor("studio/articles/" + id, "Back to the editor"));
        banner.addClassName("preview-banner");
        add(banner);
        try {
            articles.preview(id).ifPresentOrElse(page -> add(new ArticlePageContent(page)),
                    () -> add(new H1("This article doesn't exist")));
        } catch (AccessDeniedException notYours) {
            add(new H1("This article belongs to another instructor"));
        }
    }
}
