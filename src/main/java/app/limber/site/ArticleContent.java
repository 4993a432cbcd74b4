package app.limber.site;

import app.limber.content.InstructorProfiles;

import app.limber.content.ArticlePage;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An article page: the article, its text as blocks ({@link ArticleBlocks}), the discussion under it (null in a
 * preview), for a preview the address of the editor to go back to, and the author's profile for the author box.
 */
public record ArticleContent(ArticlePage article, List<ArticleBlocks.Block> blocks,
        @Nullable DiscussionContent discussion, @Nullable String editorHref, InstructorProfiles.Profile author) {
}
