package app.limber.account;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** What a person may do in Limber. A person may hold several roles; an admin may do everything. */
public enum Role {
    RUNNER("Runner"),
    INSTRUCTOR("Instructor"),
    ADMIN("Admin");

    /** Role names as used by {@code @RolesAllowed}, without the {@code ROLE_} prefix. */
    public static final String RUNNER_NAME = "RUNNER";
    public static final String INSTRUCTOR_NAME = "INSTRUCTOR";
    public static final String ADMIN_NAME = "ADMIN";

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /**
     * The roles a person effectively acts in. Admin implies every other role, so that "admin may do everything"
     * holds for view annotations and method security alike without a role hierarchy in each checker.
     */
    public static Set<Role> effective(Set<Role> held) {
        if (held.contains(ADMIN)) {
            return EnumSet.allOf(Role.class);
        }
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(held);
        return roles;
    }

    /** Spring Security authority names for the roles a person holds. */
    public static Set<String> authorities(Set<Role> held) {
        return effective(held).stream().map(Role::authority).collect(Collectors.toUnmodifiableSet());
    }
}
