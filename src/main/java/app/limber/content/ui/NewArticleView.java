package app.limber.content.ui;

import app.limber.account.Role;
import app.limber.content.ArticleCovers;
import app.limber.content.ArticleService;
import app.limber.content.RoutineService;
import app.limber.content.VideoService;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * "New article": the editor for an article that is not stored yet. Its first save stores it and moves on to
 * studio/articles/{id}; leaving without saving leaves nothing behind.
 */
@Route("studio/articles/new")
@PageTitle("New article")
@RolesAllowed(Role.INSTRUCTOR_NAME)
class NewArticleView extends ArticleEditor implements BeforeEnterObserver {

    NewArticleView(ArticleService articles, RoutineService routines, VideoService videos, ArticleCovers covers) {
        super(articles, routines, videos, covers);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        openNew();
    }
}
