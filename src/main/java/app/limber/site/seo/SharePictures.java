package app.limber.site.seo;

/** The picture link previews show for a page without a cover of its own. */
public final class SharePictures {

    /** The site's default share picture (1200×630), a static file. */
    public static final String DEFAULT_PATH = "/images/share-default.png";

    private SharePictures() {
    }
}
