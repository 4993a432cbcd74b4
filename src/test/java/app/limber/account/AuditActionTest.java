package app.limber.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class AuditActionTest {

    @Test
    void everyActionHasItsOwnReadableLabel() {
        for (AuditAction action : AuditAction.values()) {
            assertThat(action.code()).as(action.name()).matches("[a-z]+\\.[a-z_-]+");
            assertThat(action.label()).as(action.code()).isNotBlank().isNotEqualTo(action.code())
                    .doesNotContain(".", "_");
            assertThat(AuditAction.labelOf(action.code())).isEqualTo(action.label());
        }
        assertThat(Arrays.stream(AuditAction.values()).map(AuditAction::label).distinct())
                .as("labels tell actions apart in the filter").hasSize(AuditAction.values().length);
        assertThat(Arrays.stream(AuditAction.values()).map(AuditAction::code).distinct())
                .hasSize(AuditAction.values().length);
    }

    @Test
    void theLabelsTheAdminReads() {
        assertThat(AuditAction.labelOf("member.roles_changed")).isEqualTo("Roles changed");
        assertThat(AuditAction.labelOf("signin.succeeded")).isEqualTo("Signed in");
        assertThat(AuditAction.labelOf("signin.failed")).isEqualTo("Sign-in failed");
        assertThat(AuditAction.labelOf("retired.code")).as("an entry of an older version").isEqualTo("retired.code");
    }

    /** Nothing writes an action code of its own: every caller of the audit log names an {@link AuditAction}. */
    @Test
    void noCodeIsWrittenOutsideTheListOfActions() throws IOException {
        Pattern literalCode = Pattern.compile("\\.record\\(\\s*\"");
        Set<Path> offenders;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            offenders = sources.filter(path -> path.toString().endsWith(".java"))
                    .filter(path -> literalCode.matcher(read(path)).find()).collect(Collectors.toSet());
        }
        assertThat(offenders).isEmpty();
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
