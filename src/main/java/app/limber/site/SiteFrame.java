package app.limber.site;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the shared layout needs around every page: the site's name, where the reader is ({@code path}, for the
 * navigation), who is reading ({@code viewer}, null for a visitor) and, for a signed-in member only, the session's
 * CSRF token for the sign-out form; {@code registrationOpen}: whether visitors may create an account. A visitor's frame carries no token, so rendering it creates no session.
 */
public record SiteFrame(String siteName, String path, @Nullable Viewer viewer, @Nullable FormToken csrf,
        boolean registrationOpen) {

    /** A signed-in member: their name and the parts of the application their roles open. */
    public record Viewer(String name, List<AppLink> links) {
    }

    /** A link into the application, such as "Today" or "Studio". */
    public record AppLink(String label, String href) {
    }

    /** A hidden form field: its name and value. */
    public record FormToken(String parameterName, String value) {
    }

    public boolean signedIn() {
        return viewer != null;
    }

    /** Whether a navigation link to {@code section} ("/articles") is where the reader is now. */
    public boolean isIn(String section) {
        return "/".equals(section) ? "/".equals(path) : path.equals(section) || path.startsWith(section + "/");
    }
}
