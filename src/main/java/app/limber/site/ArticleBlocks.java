package app.limber.site;

import app.limber.content.ArticlePage;
import app.limber.content.VideoEmbeds;
import app.limber.content.VideoPlayback;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * An article's text as the page shows it: runs of sanitized HTML, with a player wherever a paragraph is a video
 * placeholder ({@link VideoEmbeds}). A video this reader may not watch (a members-only clip, for a visitor) becomes
 * the "sign in or join to watch" panel in its place; nothing of the video itself reaches the page.
 */
public final class ArticleBlocks {

    /** One block: sanitized HTML, a video to play, or the members-only panel. */
    public record Block(@Nullable SanitizedHtml html, @Nullable VideoPlayback video, boolean membersOnlyVideo) {
    }

    private ArticleBlocks() {
    }

    /** The article's blocks in order; {@code page.bodyHtml()} was sanitized by the content service. */
    public static List<Block> of(ArticlePage page, boolean readerSignedIn) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (Element element : Jsoup.parseBodyFragment(page.bodyHtml()).body().children()) {
            OptionalLong videoId = "p".equals(element.tagName()) ? VideoEmbeds.idOf(element.text())
                    : OptionalLong.empty();
            if (videoId.isEmpty()) {
                pending.append(element.outerHtml());
                continue;
            }
            flush(pending, blocks);
            VideoPlayback playback = page.videos().get(videoId.getAsLong());
            if (playback != null) {
                blocks.add(new Block(null, playback, false));
            } else if (!readerSignedIn) {
                blocks.add(new Block(null, null, true));
            }
        }
        flush(pending, blocks);
        return blocks;
    }

    private static void flush(StringBuilder html, List<Block> blocks) {
        if (!html.isEmpty()) {
            blocks.add(new Block(SanitizedHtml.fromContentService(html.toString()), null, false));
            html.setLength(0);
        }
    }
}
