package app.limber.account;

import java.util.Set;

/** Where a person lands after signing in: the area of their most capable role. */
public final class Landing {

    public static final String ADMIN_PATH = "admin";
    public static final String STUDIO_PATH = "studio";
    public static final String TODAY_PATH = "today";
    public static final String HOME_PATH = "";
    /** The route everyone passes through right after signing in. */
    public static final String START_PATH = "start";

    private Landing() {
    }

    /** The route path (without a leading slash) a person with these roles starts on. */
    public static String pathFor(Set<Role> roles) {
        if (roles.contains(Role.ADMIN)) {
            return ADMIN_PATH;
        }
        if (roles.contains(Role.INSTRUCTOR)) {
            return STUDIO_PATH;
        }
        if (roles.contains(Role.RUNNER)) {
            return TODAY_PATH;
        }
        return HOME_PATH;
    }
}
