package app.limber.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.limber.IntegrationTest;
import app.limber.content.RoutineService;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.ObjectMapper;

@Import(TestAccounts.class)
class MyDataExportTest extends IntegrationTest {

    @Autowired
    MyDataExport export;

    @Autowired
    TestAccounts accounts;

    @Autowired
    RoutineService routines;

    @Autowired
    ObjectMapper json;

    @Test
    @SuppressWarnings("unchecked")
    void theExportHoldsTheAccountSignInsAndWhatThePersonWroteButNothingOfOthers() {
        clock.set(java.time.Instant.parse("2026-11-29T06:42:31.123456Z"));
        SignedInPerson maya = accounts.create("maya@example.test", "Maya Lindqvist", Set.of(Role.INSTRUCTOR));
        jdbc.update("update people set time_zone = 'Europe/Berlin' where id = ?", maya.personId());
        SignedInPerson other = accounts.create("other@example.test", "Other Coach", Set.of(Role.INSTRUCTOR));
        actAs(other);
        routines.createDraft("Someone else's routine");
        actAs(maya);
        routines.createDraft("Post-run toe stretch");
        jdbc.update("insert into login_attempts (email, person_id, ip, outcome, attempted_at) values (?, ?, ?, ?, ?)",
                "maya@example.test", maya.personId(), "198.51.100.7", "SUCCEEDED", Timestamp.from(clock.instant()));

        Map<String, Object> data = json.readValue(export.exportJson(), Map.class);

        Map<String, Object> account = (Map<String, Object>) data.get("account");
        assertThat(account).containsEntry("email", "maya@example.test").containsEntry("displayName", "Maya Lindqvist")
                .containsEntry("roles", List.of("INSTRUCTOR")).doesNotContainKeys("passwordHash", "password");
        assertThat(account).as("in Maya's time zone, without seconds").containsEntry("createdAt", "29 Nov 2026, 07:42");
        assertThat((List<Map<String, Object>>) data.get("signInAttempts")).singleElement()
                .satisfies(attempt -> assertThat(attempt).containsEntry("from", "198.51.100.7")
                        .containsEntry("at", "29 Nov 2026, 07:42"));
        assertThat((List<Map<String, Object>>) data.get("routinesWritten")).singleElement().satisfies(routine ->
                assertThat(routine).containsEntry("title", "Post-run toe stretch")
                        .containsEntry("lastChanged", "29 Nov 2026, 07:42").containsKey("id"));
        assertThat(export.exportJson()).doesNotContain("argon2", "Someone else's routine", "other@example.test");
    }

    @Test
    void nobodyCanExportWithoutSigningIn() {
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> export.exportJson()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdminDownloadsAMembersDataAndTheLogSaysSoButARunnerCannot() {
        SignedInPerson sam = accounts.create("sam@example.test", "Sam Rivera", Set.of(Role.RUNNER));
        SignedInPerson admin = accounts.create("ada@example.test", "Ada Admin", Set.of(Role.ADMIN));

        actAs(admin);
        Map<String, Object> data = json.readValue(export.exportJsonOf(sam.personId()), Map.class);
        assertThat((Map<String, Object>) data.get("account")).containsEntry("email", "sam@example.test");
        assertThat(jdbc.queryForList("select action || ' by ' || actor_name from audit_events", String.class))
                .containsExactly("member.data_exported by Ada Admin");

        actAs(sam);
        assertThatThrownBy(() -> export.exportJsonOf(admin.personId())).isInstanceOf(AccessDeniedException.class);
    }
}
