package app.limber.account;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Seeds the demo accounts once, when demo mode is on. Existing accounts are left as they are. */
@Component
@Order(10)
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "limber-demo";

    /**
     * {@link #PASSWORD} hashed once, ahead of time, with the same Argon2id parameters as {@code SecurityConfig}'s
     * encoder. The demo password is published in the README, so a shared salt gives nothing away, and the first start
     * of a demo installation is spared four Argon2 hashes of 19 MiB each (seconds of CPU on a cold JVM). Real
     * accounts are always hashed by the password encoder.
     */
    static final String PASSWORD_HASH =
            "{argon2id}$argon2id$v=19$m=19456,t=2,p=1$N9JTc91g1F4CAEp6DIxyWg$BzxW+zBgA0fDPgURfsqU1itFK6ggHMCJxWCvnDlhKoQ";

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
    private final Clock clock;

    DemoAccounts(DemoMode demoMode, PersonRepository people, Clock clock) {
        this.demoMode = demoMode;
        this.people = people;
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
                people.save(new Person(account.email(), account.displayName(), PASSWORD_HASH,
                        account.roles(), clock.instant()));
                created++;
            }
        }
        if (created > 0) {
            log.info("Seeded {} demo accounts (password '{}')", created, PASSWORD);
        }
    }
}
