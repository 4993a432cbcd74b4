package app.limber.content;

/**
 * The sizes pages show pictures in, each served from the picture's address plus a suffix ({@code /480}, {@code /960},
 * {@code /share}): two card widths for {@code srcset}, and the 1200×630 image link previews use. A picture is never
 * made larger than it is: a smaller source gives a smaller rendition.
 */
public enum PictureSize {
    /** A card on a phone or in a narrow column. */
    CARD("480", 480, 0),
    /** A card or cover on a wide or high-density screen. */
    WIDE("960", 960, 0),
    /** The Open Graph / Twitter card image: cropped to fill 1200×630. */
    SHARE("share", 1200, 630);

    private final String suffix;
    private final int width;
    private final int height;

    PictureSize(String suffix, int width, int height) {
        this.suffix = suffix;
        this.width = width;
        this.height = height;
    }

    /** The last part of the rendition's address. */
    public String suffix() {
        return suffix;
    }

    /** Target width in pixels. */
    public int width() {
        return width;
    }

    /** Target height in pixels, or 0 when the height follows the picture's aspect ratio. */
    public int height() {
        return height;
    }

    /** Whether the picture is cropped to exactly this shape (otherwise it keeps its aspect ratio). */
    public boolean cropped() {
        return height > 0;
    }

    /** The rendition's address for a picture served at {@code pictureUrl}, e.g. {@code /media/images/7/480}. */
    public String urlOf(String pictureUrl) {
        return pictureUrl + "/" + suffix;
    }

    /** The size a URL suffix names; empty for anything else. */
    public static java.util.Optional<PictureSize> bySuffix(String suffix) {
        for (PictureSize size : values()) {
            if (size.suffix.equals(suffix)) {
                return java.util.Optional.of(size);
            }
        }
        return java.util.Optional.empty();
    }
}
