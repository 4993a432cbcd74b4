package app.limber.content.ui;

import app.limber.account.Role;
import app.limber.content.ArticleCovers;
import app.limber.content.ArticleService;
import app.limber.content.RoutineService;
import app.limber.content.VideoService;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The editor of a stored article, at studio/articles/{id}. */
@Route("studio/articles")
@PageTitle("Edit article")
@RolesAllowed(Role.INSTRUCTOR_NAME)
class ArticleEditorView extends ArticleEditor implements HasUrlParameter<Long> {

    ArticleEditorView(ArticleService articles, RoutineService routines, VideoService videos, ArticleCovers covers) {
        super(articles, routines, videos, covers);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        openStored(id);
    }
}
