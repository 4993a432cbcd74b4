package app.limber.account;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/** Creates people for tests, stored in the real database like any other account. */
@TestComponent
public class TestAccounts {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final PersonRepository people;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    TestAccounts(PersonRepository people, PasswordEncoder passwordEncoder, Clock clock) {
        this.people = people;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** A new enabled person with the given roles and password "secret-password". */
    @Transactional
    public SignedInPerson create(Set<Role> roles) {
        int n = SEQUENCE.incrementAndGet();
        String label = roles.isEmpty() ? "member" : roles.iterator().next().name().toLowerCase();
        return create(label + n + "@example.test", "Test " + label + " " + n, roles);
    }

    @Transactional
    public SignedInPerson create(String email, String displayName, Set<Role> roles) {
        Person person = people.save(new Person(email, displayName, passwordEncoder.encode("secret-password"),
                roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles), clock.instant()));
        return SignedInPerson.of(person);
    }
}
