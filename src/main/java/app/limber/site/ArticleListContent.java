package app.limber.site;

import app.limber.content.ArticleCard;
import app.limber.content.ArticlePage;
import app.limber.content.ArticleSearch;
import app.limber.content.ReaderListPage;
import java.util.List;

/** The article list: one page of cards, what the reader searched for, the tags to filter by, and the page links. */
public record ArticleListContent(ReaderListPage<ArticleCard> list, ArticleSearch search,
        List<ArticlePage.TagLink> tags, Pager pager) {
}
