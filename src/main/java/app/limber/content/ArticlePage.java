package app.limber.content;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An article as readers see it; {@code bodyHtml} is already sanitized, and {@code routines} holds only the linked
 * routines this reader may open, in the author's order. {@code publishedAt} is empty in a preview of a draft.
 * {@code videos} holds the videos placed in the text (see {@link VideoEmbeds}) that this reader may watch.
 * {@code callToAction} is the program the article invites readers into ("Start this program"), while it is live.
 * {@code changedAt}: its last edit, or when it went live if that came later.
 */
public record ArticlePage(long id, String slug, String title, String excerpt, String bodyHtml, long authorId,
        String authorName,
        @Nullable Instant publishedAt, Visibility visibility, List<TagLink> tags, List<RoutineCard> routines,
        Map<Long, VideoPlayback> videos, @Nullable String coverImageUrl, @Nullable ProgramOffer callToAction,
        Instant changedAt) {

    /** A tag with the slug of its tag page. */
    public record TagLink(String name, String slug) {
    }
}
