package app.limber.site;

import app.limber.content.Slugs;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Instructors' addresses: {@code /instructors/maya-lindqvist-3}, their name as a slug and their id, so the address
 * needs no column of its own and an old one (after a change of name) still finds them and is sent on to the new one.
 */
public final class InstructorPaths {

    private static final Pattern SLUG_AND_ID = Pattern.compile("(?:[a-z0-9-]*-)?(\\d{1,18})");

    private InstructorPaths() {
    }

    /** The address of an instructor's page. */
    public static String of(long personId, String displayName) {
        return "/instructors/" + Slugs.of(displayName) + "-" + personId;
    }

    /** The person id an address ends with. */
    static OptionalLong idIn(String slug) {
        Matcher matcher = SLUG_AND_ID.matcher(slug);
        return matcher.matches() ? OptionalLong.of(Long.parseLong(matcher.group(1))) : OptionalLong.empty();
    }
}
