package app.limber.content;

/**
 * An article or routine as the discussion under it needs to know it: its address, title, author, who may read it
 * and whether it is live now. Other features (comments) refer to items by {@link Kind} and id.
 */
public record CommentableItem(Kind kind, long id, String title, String slug, long authorId, Visibility visibility,
        boolean live) {

    /** The kinds of items that carry a discussion. */
    public enum Kind {
        ARTICLE("articles", "Article"),
        ROUTINE("routines", "Routine");

        private final String pathPrefix;
        private final String label;

        Kind(String pathPrefix, String label) {
            this.pathPrefix = pathPrefix;
            this.label = label;
        }

        /** The route path of an item of this kind, e.g. {@code articles/ankles-that-land-soft}. */
        public String path(String slug) {
            return pathPrefix + "/" + slug;
        }

        public String label() {
            return label;
        }
    }

    /** The item's public route path, without a leading slash. */
    public String path() {
        return kind.path(slug);
    }

    /** Whether a reader (signed in or not) can open the item now. */
    public boolean readableBy(boolean readerSignedIn) {
        return live && (readerSignedIn || visibility == Visibility.PUBLIC);
    }
}
