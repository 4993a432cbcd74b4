package app.limber.content;

/**
 * What an {@code <img>} needs to load a picture at the size the screen wants: {@code src} (the card size, for
 * browsers without srcset), {@code srcset} (both card widths) and {@code sizes} (how wide the picture is shown).
 */
public record ResponsivePicture(String src, String srcset, String sizes) {

    /** Cards in a grid: about a third of a wide page, the full width of a phone. */
    public static final String CARD_SIZES = "(min-width: 60rem) 20rem, (min-width: 40rem) 50vw, 100vw";

    /** A cover above the text: the reading column (about 42rem) or the full width of a phone. */
    public static final String COVER_SIZES = "(min-width: 44rem) 42rem, 100vw";

    /** A picture on a card. */
    public static ResponsivePicture card(String pictureUrl) {
        return of(pictureUrl, CARD_SIZES);
    }

    /** A cover at the top of a page. */
    public static ResponsivePicture cover(String pictureUrl) {
        return of(pictureUrl, COVER_SIZES);
    }

    private static ResponsivePicture of(String pictureUrl, String sizes) {
        String srcset = PictureSize.CARD.urlOf(pictureUrl) + " " + PictureSize.CARD.width() + "w, "
                + PictureSize.WIDE.urlOf(pictureUrl) + " " + PictureSize.WIDE.width() + "w";
        return new ResponsivePicture(PictureSize.CARD.urlOf(pictureUrl), srcset, sizes);
    }
}
