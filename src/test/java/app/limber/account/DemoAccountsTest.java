package app.limber.account;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.UiTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

/** With demo mode on (as on the embedded default), the four demo accounts exist and each lands on its own page. */
@TestPropertySource(properties = "limber.demo=true")
class DemoAccountsTest extends UiTest {

    @Autowired
    DemoAccounts demoAccounts;

    @Autowired
    PersonDetailsService personDetails;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    PersonRepository people;

    @Test
    void seedingCreatesTheFourDemoAccountsOnceWithTheDemoPassword() {
        demoAccounts.run(null);
        demoAccounts.run(null);

        assertThat(people.count()).isEqualTo(4);
        for (DemoAccounts.DemoAccount account : DemoAccounts.ACCOUNTS) {
            SignedInPerson person = (SignedInPerson) personDetails.loadUserByUsername(account.email());
            assertThat(passwordEncoder.matches("limber-demo", person.getPassword())).isTrue();
            assertThat(person.getPassword()).startsWith("{argon2id}");
            assertThat(passwordEncoder.upgradeEncoding(person.getPassword()))
                    .as("the precomputed demo hash has the encoder's current parameters").isFalse();
            assertThat(person.roles()).isEqualTo(account.roles());
        }
    }

    @Test
    void eachDemoAccountLandsOnThePageOfItsRole() {
        demoAccounts.run(null);
        Map<String, String> landing = Map.of(
                "admin@limber.test", "admin",
                "coach@limber.test", "studio",
                "runner@limber.test", "today",
                "runner2@limber.test", "today");
        landing.forEach((email, path) -> {
            loginAs((SignedInPerson) personDetails.loadUserByUsername(email));
            navigateTo("start");
            assertThat(currentPath()).as("start page of %s", email).isEqualTo(path);
            logout();
        });
    }
}
