package app.limber.content;

import app.limber.account.DemoMode;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Demo content is written through the same services an instructor uses, signed in as the demo coach, so it obeys
 * the same rules. This runs a piece of seeding that way, when demo mode is on and the coach exists.
 */
@Component
class DemoCoach {

    static final String EMAIL = "coach@limber.test";

    private final DemoMode demoMode;
    private final UserDetailsService userDetails;

    DemoCoach(DemoMode demoMode, UserDetailsService userDetails) {
        this.demoMode = demoMode;
        this.userDetails = userDetails;
    }

    /** Runs the seeding as the demo coach and puts the previous sign-in back; does nothing without demo mode. */
    void seed(Runnable seeding) {
        if (!demoMode.isEnabled()) {
            return;
        }
        SignedInPerson coach;
        try {
            if (!(userDetails.loadUserByUsername(EMAIL) instanceof SignedInPerson found)
                    || !Role.effective(found.roles()).contains(Role.INSTRUCTOR)) {
                return;
            }
            coach = found;
        } catch (UsernameNotFoundException missing) {
            return;
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext asCoach = SecurityContextHolder.createEmptyContext();
        asCoach.setAuthentication(new UsernamePasswordAuthenticationToken(coach, null, coach.getAuthorities()));
        SecurityContextHolder.setContext(asCoach);
        try {
            seeding.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
