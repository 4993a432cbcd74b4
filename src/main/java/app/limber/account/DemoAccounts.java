package app.limber.account;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Seeds the demo accounts once, when demo mode is on. Existing accounts are left as they are. */
@Component
@Order(10)
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "limber-demo";

    record DemoAccount(String email, String displayName, Set<Role> roles) {
    }

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin@limber.test", "Alex Admin", Set.of(Role.ADMIN)),
            new DemoAccount("coach@limber.test", "Maya Lindqvist", Set.of(Role.INSTRUCTOR)),
            new DemoAccount("runner@limber.test", "Sam Rivera", Set.of(Role.RUNNER)),
            new DemoAccount("runner2@limber.test", "Jo Okafor", Set.of(Role.RUNNER)));

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final DemoMode demoMode;
    private final PersonRepository people;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    DemoAccounts(DemoMode demoMode, PersonRepository people, PasswordEncoder passwordEncoder, Clock clock) {
        this.demoMode = demoMode;
        this.people = people;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demoMode.isEnabled()) {
            return;
        }
        int created = 0;
        for (DemoAccount account : ACCOUNTS) {
            if (!people.existsByEmail(account.email())) {
                people.save(new Person(account.email(), account.displayName(), passwordEncoder.encode(PASSWORD),
                        account.roles(), clock.instant()));
                created++;
            }
        }
        if (created > 0) {
            log.info("Seeded {} demo accounts (password '{}')", created, PASSWORD);
        }
    }
}
