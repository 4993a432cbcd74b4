package app.limber.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.limber.IntegrationTest;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Signing in against the database, with the same user lookup and password encoder as the login form. */
@Import(TestAccounts.class)
class SignInTest extends IntegrationTest {

    @Autowired
    PersonDetailsService personDetails;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    TestAccounts accounts;

    private ProviderManager authentication;

    @BeforeEach
    void authenticationAsConfiguredByDefault() {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(personDetails);
        provider.setPasswordEncoder(passwordEncoder);
        authentication = new ProviderManager(provider);
    }

    private Authentication signIn(String email, String password) {
        return authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }

    @Test
    void emailIsMatchedWithoutRegardToCase() {
        accounts.create("sam@example.test", "Sam Rivera", Set.of(Role.RUNNER));

        Authentication authentication = signIn("  Sam@Example.TEST", "secret-password");

        assertThat(authentication.isAuthenticated()).isTrue();
        assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .contains("ROLE_RUNNER").doesNotContain("ROLE_INSTRUCTOR", "ROLE_ADMIN");
        SignedInPerson principal = (SignedInPerson) authentication.getPrincipal();
        assertThat(principal.displayName()).isEqualTo("Sam Rivera");
        assertThat(principal.getPassword()).as("credentials are erased after sign-in").isNull();
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSameAnswer() {
        accounts.create("sam@example.test", "Sam Rivera", Set.of(Role.RUNNER));

        assertThatThrownBy(() -> signIn("sam@example.test", "wrong")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn("nobody@example.test", "wrong")).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void disabledAccountsCannotSignIn() {
        accounts.create("gone@example.test", "Gone Runner", Set.of(Role.RUNNER));
        jdbc.update("update people set enabled = false where email = 'gone@example.test'");

        assertThatThrownBy(() -> signIn("gone@example.test", "secret-password")).isInstanceOf(DisabledException.class);
    }
}
