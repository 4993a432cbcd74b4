package app.limber.program;

import app.limber.content.Visibility;
import org.jspecify.annotations.Nullable;

/** A live program as the public list shows it. */
public record ProgramCard(long id, String slug, String title, String description, int lengthDays,
        Visibility visibility, @Nullable Long coverImageId) {

    /** The cover picture's address, if the program has one. */
    public @Nullable String coverUrl() {
        return coverImageId == null ? null : ProgramImage.url(coverImageId);
    }

    private static final int TEASER_MAX = 220;

    /** The description's opening words as plain text, for a card. */
    public String teaser() {
        String firstParagraph = description.strip().split("\\n\\s*\\n", 2)[0];
        String plain = firstParagraph.replaceAll("[#*_>`\\[\\]]", "").replaceAll("\\s+", " ").strip();
        return plain.length() <= TEASER_MAX ? plain : plain.substring(0, TEASER_MAX).replaceAll("\\s+\\S*$", "") + "…";
    }
}
