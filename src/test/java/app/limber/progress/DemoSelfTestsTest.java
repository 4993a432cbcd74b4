package app.limber.progress;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.IntegrationTest;
import app.limber.account.SignedInPerson;
import app.limber.content.Side;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

/** With demo mode on, the demo coach gets three self-tests and both demo runners a few weeks of results, once. */
@TestPropertySource(properties = "limber.demo=true")
class DemoSelfTestsTest extends IntegrationTest {

    @Autowired
    DemoSelfTests demoSelfTests;

    @Autowired
    SelfTestService selfTests;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    ApplicationContext context;

    private SignedInPerson demoPerson(String email) {
        return (SignedInPerson) userDetails.loadUserByUsername(email);
    }

    @Test
    void theDemoRunnersHaveImprovingResultsForTheCoachsSelfTests() throws Exception {
        context.getBean("demoAccounts", ApplicationRunner.class).run(null);
        demoSelfTests.run(null);
        demoSelfTests.run(null);
        assertThat(SecurityContextHolder.getContext().getAuthentication()).as("no caller left behind").isNull();

        actAs(demoPerson("runner@limber.test"));
        List<SelfTestHistory> sam = selfTests.myHistories();
        assertThat(sam).extracting(h -> h.test().name())
                .containsExactly("Big toe stiffness", "Knee-to-wall", "Seated point-and-flex range");
        SelfTestHistory knee = sam.get(1);
        assertThat(knee.results()).hasSize(2 * 7);
        assertThat(knee.trends().get(Side.LEFT).direction()).isEqualTo(Trend.Direction.IMPROVING);
        assertThat(sam.getFirst().trends().get(Side.BOTH).direction()).isEqualTo(Trend.Direction.IMPROVING);
        assertThat(knee.results()).allSatisfy(r -> assertThat(r.measuredOn()).isBefore(selfTests.todayForCaller()));

        actAs(demoPerson("runner2@limber.test"));
        assertThat(selfTests.myHistories().get(1).results()).hasSize(2 * 3);
    }
}
