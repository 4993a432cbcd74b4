package app.limber.content.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import app.limber.account.Role;
import app.limber.content.ArticleFilter;
import app.limber.content.ArticleService;
import app.limber.content.ArticleSummary;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The instructor's articles: searchable, filterable by status, sorted and paged in the database. */
@Route("studio/articles")
@PageTitle("Articles")
@Menu(order = 2.3, icon = "vaadin:newspaper", title = "Articles")
@RolesAllowed(Role.INSTRUCTOR_NAME)
class ArticleListView extends StudioList<ArticleSummary> {

    private final ArticleService articles;

    ArticleListView(ArticleService articles) {
        this.articles = articles;

        addTitleColumn(ArticleSummary::title);
        addStatusColumn(ArticleSummary::status);
        grid.addColumn(row -> row.visibility().label()).setHeader("Who can see it").setSortProperty("visibility")
                .setAutoWidth(true);
        grid.addColumn(row -> when(row.publishAt())).setHeader("Publishes")
                .setSortProperty("publishAt").setAutoWidth(true);
        addLastChangedColumn(ArticleSummary::updatedAt);
        grid.setEmptyStateText("No articles yet. Start one with \"New article\".");
        rowsOpenIn(ArticleEditorView.class, ArticleSummary::id);

        show("Articles", search, status,
                newButton("New article", NewArticleView.class));
    }

    @Override
    protected void refresh() {
        ArticleFilter filter = new ArticleFilter(search.getValue(), status.getValue());
        grid.setItems(query -> articles.list(filter, toSpringPageRequest(query)).stream(),
                query -> (int) articles.count(filter));
    }
}
