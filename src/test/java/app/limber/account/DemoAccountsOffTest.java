package app.limber.account;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** On PostgreSQL without limber.demo=true, no demo account is ever created. */
class DemoAccountsOffTest extends IntegrationTest {

    @Autowired
    DemoAccounts demoAccounts;

    @Autowired
    PersonRepository people;

    @Test
    void postgresWithoutDemoFlagGetsNoDemoAccounts() {
        demoAccounts.run(null);
        assertThat(people.count()).isZero();
        assertThat(people.findByEmail("admin@limber.test")).isEmpty();
    }
}
