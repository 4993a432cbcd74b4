package app.limber.program;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.IntegrationTest;
import app.limber.account.SignedInPerson;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

/** With demo mode on, the demo coach publishes a 30-day program and both demo runners are in it, once. */
@TestPropertySource(properties = "limber.demo=true")
class DemoProgramsTest extends IntegrationTest {

    @Autowired
    DemoPrograms demoPrograms;

    @Autowired
    ProgramService programs;

    @Autowired
    EnrolmentService enrolments;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    ApplicationContext context;

    private void seedAccountsAndRoutines() throws Exception {
        context.getBean("demoAccounts", ApplicationRunner.class).run(null);
        context.getBean("demoRoutines", ApplicationRunner.class).run(null);
    }

    private SignedInPerson demoPerson(String email) {
        return (SignedInPerson) userDetails.loadUserByUsername(email);
    }

    @Test
    void theDemoProgramIsPublishedWithRestDaysAndBothRunnersEnrolledOnce() throws Exception {
        seedAccountsAndRoutines();
        demoPrograms.run(null);
        demoPrograms.run(null);
        assertThat(SecurityContextHolder.getContext().getAuthentication()).as("no caller left behind").isNull();

        ProgramPage page = programs.findLive(DemoPrograms.PROGRAM_SLUG, false).orElseThrow();
        assertThat(page.title()).isEqualTo(DemoPrograms.PROGRAM_TITLE);
        assertThat(page.lengthDays()).isEqualTo(30);
        assertThat(page.day(7).isRest()).isTrue();
        assertThat(page.day(28).isRest()).isTrue();
        assertThat(page.day(1).note()).contains("ankle test");
        assertThat(page.days()).filteredOn(day -> !day.isRest()).hasSize(26);
        assertThat(page.descriptionHtml()).contains("<h3>What to expect</h3>");

        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        actAs(demoPerson("runner@limber.test"));
        assertThat(enrolments.myEnrolments()).singleElement().satisfies(enrolment -> {
            assertThat(enrolment.programSlug()).isEqualTo(DemoPrograms.PROGRAM_SLUG);
            assertThat(enrolment.dayOn(today)).isEqualTo(13);
        });
        actAs(demoPerson("runner2@limber.test"));
        assertThat(enrolments.myEnrolments()).singleElement()
                .satisfies(enrolment -> assertThat(enrolment.dayOn(today)).isEqualTo(5));
        assertThat(jdbc.queryForObject("select count(*) from programs", Integer.class)).isEqualTo(1);
    }
}
