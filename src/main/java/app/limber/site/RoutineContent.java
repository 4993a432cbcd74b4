package app.limber.site;

import app.limber.content.InstructorProfiles;

import app.limber.content.RoutinePage;
import app.limber.content.Slugs;
import org.jspecify.annotations.Nullable;

/**
 * A routine page: the routine, its sanitized text, the discussion (null in a preview), the editor's address and the
 * author's profile for the author box.
 */
public record RoutineContent(RoutinePage routine, SanitizedHtml body, @Nullable DiscussionContent discussion,
        @Nullable String editorHref, InstructorProfiles.Profile author) {

    /** The address of a tag's page, from the tag's name as the routine lists it. */
    public static String tagHref(String tagName) {
        return "/tags/" + Slugs.of(tagName);
    }
}
