package app.limber.account;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Who is using the current browser tab, for views: name, roles, landing page and logout. */
@Component
public class CurrentUser {

    private final AuthenticationContext authenticationContext;

    CurrentUser(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
    }

    public Optional<SignedInPerson> get() {
        return authenticationContext.getAuthenticatedUser(SignedInPerson.class);
    }

    public boolean isSignedIn() {
        return authenticationContext.isAuthenticated();
    }

    public Set<Role> roles() {
        return get().map(SignedInPerson::roles).orElseGet(() -> EnumSet.noneOf(Role.class));
    }

    /** The route path this person starts on; the public home page when nobody is signed in. */
    public String landingPath() {
        return Landing.pathFor(roles());
    }

    /** Ends the session and returns to the home page. */
    public void logout() {
        authenticationContext.logout();
    }
}
