package app.limber.content;

import app.limber.account.DemoMode;
import app.limber.account.DemoPeople;
import app.limber.account.Role;
import org.springframework.stereotype.Component;

/**
 * Demo content is written through the same services an instructor uses, signed in as the demo coach, so it obeys
 * the same rules. This runs a piece of seeding that way, when demo mode is on and the coach exists.
 */
@Component
class DemoCoach {

    static final String EMAIL = "coach@limber.test";

    private final DemoMode demoMode;
    private final DemoPeople people;

    DemoCoach(DemoMode demoMode, DemoPeople people) {
        this.demoMode = demoMode;
        this.people = people;
    }

    /** Runs the seeding as the demo coach and puts the previous sign-in back; does nothing without demo mode. */
    void seed(Runnable seeding) {
        if (!demoMode.isEnabled()) {
            return;
        }
        people.find(EMAIL).filter(coach -> Role.effective(coach.roles()).contains(Role.INSTRUCTOR))
                .ifPresent(coach -> DemoPeople.as(coach, () -> {
                    seeding.run();
                    return null;
                }));
    }
}
