package app.limber.account;

import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * The demo accounts as the demo seeders meet them: found by email, and signed in for a piece of seeding so that it
 * goes through the same services and rules as that person's own clicks.
 */
@Component
public class DemoPeople {

    private final UserDetailsService userDetails;

    DemoPeople(UserDetailsService userDetails) {
        this.userDetails = userDetails;
    }

    /** The account with this email, if it exists. */
    public Optional<SignedInPerson> find(String email) {
        try {
            return userDetails.loadUserByUsername(email) instanceof SignedInPerson person ? Optional.of(person)
                    : Optional.empty();
        } catch (UsernameNotFoundException missing) {
            return Optional.empty();
        }
    }

    /** Runs a piece of seeding as this person and puts the previous sign-in back. */
    public static <T> @Nullable T as(SignedInPerson person, Supplier<@Nullable T> seeding) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(person, null, person.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return seeding.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
