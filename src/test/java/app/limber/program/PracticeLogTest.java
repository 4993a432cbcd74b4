package app.limber.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.limber.IntegrationTest;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.account.TestAccounts;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

/** The runner's own log of finished sessions: newest first, paged, and notes editable for a week. */
@Import(TestAccounts.class)
class PracticeLogTest extends IntegrationTest {

    private static final Instant FIRST = Instant.parse("2026-06-01T07:00:00Z");

    @Autowired
    TestAccounts accounts;

    @Autowired
    PracticeLog log;

    SignedInPerson runner;
    long enrolment;

    @BeforeEach
    void twelveSessions() {
        SessionFixtures fixtures = new SessionFixtures(jdbc);
        long coach = accounts.create(Set.of(Role.INSTRUCTOR)).personId();
        long routine = fixtures.routine(coach, "Sun salutation", 120);
        long program = fixtures.program(coach, "Back on track", 30);
        fixtures.days(program, 30, List.of(routine));
        runner = accounts.create(Set.of(Role.RUNNER));
        enrolment = fixtures.enrol(runner.personId(), program, LocalDate.parse("2026-06-01"));
        for (int day = 1; day <= 12; day++) {
            Instant at = FIRST.plus(Duration.ofDays(day - 1));
            jdbc.update("""
                    insert into session_completions (enrolment_id, person_id, day_number, completed_at, completed_on,
                        practised_seconds, feel, note) values (?, ?, ?, ?, ?, 150, ?, ?)""", enrolment,
                    runner.personId(), day, Timestamp.from(at), LocalDate.parse("2026-05-31").plusDays(day),
                    day % 5 + 1, "Note " + day);
        }
        clock.set(FIRST.plus(Duration.ofDays(12)));
        actAs(runner);
    }

    @Test
    void sessionsComeNewestFirstAPageAtATimeInOneStatement() {
        List<SessionLogEntry>[] page = new List[1];
        assertThat(statementsDuring(() -> page[0] = log.mySessions(0, 10))).isEqualTo(1);

        assertThat(page[0]).hasSize(10);
        assertThat(page[0].getFirst()).isEqualTo(new SessionLogEntry(page[0].getFirst().id(),
                LocalDate.parse("2026-06-12"), "Back on track", 12, 3, 3, "Note 12", true));
        assertThat(log.mySessions(1, 10)).extracting(SessionLogEntry::dayNumber).containsExactly(2, 1);
        assertThat(log.countMySessions()).isEqualTo(12);
    }

    @Test
    void aNoteCanBeChangedForSevenDaysAfterTheSession() {
        List<SessionLogEntry> entries = log.mySessions(0, 20);
        SessionLogEntry sixDaysAgo = entries.stream().filter(entry -> entry.dayNumber() == 7).findFirst().orElseThrow();
        SessionLogEntry eightDaysAgo = entries.stream().filter(entry -> entry.dayNumber() == 5).findFirst()
                .orElseThrow();
        assertThat(sixDaysAgo.noteEditable()).isTrue();
        assertThat(eightDaysAgo.noteEditable()).isFalse();

        log.changeNote(sixDaysAgo.id(), "  Calves much better  ");

        assertThatThrownBy(() -> log.changeNote(eightDaysAgo.id(), "Too late"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("7 days");
        assertThatThrownBy(() -> log.changeNote(sixDaysAgo.id(), "x".repeat(1001)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1000 characters");
        assertThat(log.mySessions(0, 20)).extracting(SessionLogEntry::note)
                .contains("Calves much better", "Note 5").doesNotContain("Too late");
    }

    @Test
    void nobodyElseCanChangeARunnersNote() {
        long id = log.mySessions(0, 1).getFirst().id();
        actAs(accounts.create(Set.of(Role.RUNNER)));

        assertThatThrownBy(() -> log.changeNote(id, "Not mine")).isInstanceOf(AccessDeniedException.class);
        assertThat(log.mySessions(0, 10)).isEmpty();
    }
}
