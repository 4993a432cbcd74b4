package app.limber.content;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a visitor may see of a live members-only article or routine: its title, summary, cover, author and tags,
 * never its body, steps or videos.
 */
public record MembersOnlyTeaser(long id, String slug, String title, String summary, String authorName,
        @Nullable String coverImageUrl, List<ArticlePage.TagLink> tags) {
}
