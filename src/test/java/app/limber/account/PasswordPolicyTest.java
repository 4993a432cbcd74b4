package app.limber.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void lengthCountsCharactersNotBytesAndHasNoCompositionRules() {
        assertThat(policy.problemWith("sevenX7")).hasValueSatisfying(p -> assertThat(p).contains("at least 8"));
        assertThat(policy.problemWith("all lower case words")).isEmpty();
        assertThat(policy.problemWith("🏃🏃🏃🏃🏃🏃🏃🏃")).as("8 emoji are 8 characters").isEmpty();
        assertThat(policy.problemWith("y".repeat(64))).isEmpty();
        assertThat(policy.problemWith("y".repeat(129))).isPresent();
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheCase() {
        assertThat(policy.problemWith("password123")).isPresent();
        assertThat(policy.problemWith("QWERTYUIOP")).isPresent();
        assertThat(policy.problemWith("Marathon2025")).isPresent();
        assertThat(policy.problemWith("limber-demo")).isPresent();
        assertThat(policy.problemWith("calves before coffee")).isEmpty();
    }
}
