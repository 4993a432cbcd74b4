package app.limber.program;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.IntegrationTest;
import app.limber.account.SignedInPerson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

/** With demo mode on, the demo runners have a practice history: a streak, notes, and one day to catch up. */
@TestPropertySource(properties = "limber.demo=true")
class DemoPracticeTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    DemoPractice demoPractice;

    @Autowired
    TodayService todayService;

    @Autowired
    UserDetailsService userDetails;

    @Test
    void demoRunnersHaveAStreakNotesAndADayToCatchUpSeededOnce() throws Exception {
        for (String seeder : new String[] {"demoAccounts", "demoRoutines", "demoPrograms"}) {
            context.getBean(seeder, ApplicationRunner.class).run(null);
        }
        demoPractice.run(null);
        demoPractice.run(null);

        actAs((SignedInPerson) userDetails.loadUserByUsername("runner@limber.test"));
        TodayCard first = todayService.today().cards().getFirst();
        assertThat(first.dayNumber()).isEqualTo(13);
        assertThat(first.missed()).extracting(TodayCard.MissedDay::dayNumber).containsExactly(8);
        assertThat(first.streak()).isPositive();
        assertThat(first.today()).isNotNull();
        assertThat(first.today().done()).isFalse();

        SignedInPerson runner2 = (SignedInPerson) userDetails.loadUserByUsername("runner2@limber.test");
        actAs(runner2);
        TodayCard second = todayService.today().cards().getFirst();
        assertThat(second.missed()).isEmpty();
        assertThat(second.streak()).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from session_completions where note <> ''", Integer.class))
                .isPositive();
        assertThat(jdbc.queryForObject("select count(*) from session_completions where person_id = ?",
                Integer.class, runner2.personId())).as("every past practice day done").isEqualTo(second.streak());
    }
}
