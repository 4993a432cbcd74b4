package app.limber.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.UiTest;
import app.limber.account.Role;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A tab closed without the unload beacon is freed once its heartbeats have stopped, not at session timeout. */
class ClosedTabSweeperTest extends UiTest {

    @Autowired
    ClosedTabSweeper sweeper;

    @Test
    void aTabWhoseHeartbeatsStoppedIsRemovedFromItsSession() {
        loginAs(Role.RUNNER);
        navigateTo("today");
        VaadinSession session = VaadinSession.getCurrent();
        UI tab = UI.getCurrent();
        long timeout = session.getService().getDeploymentConfiguration().getHeartbeatInterval() * 1000L * 4;
        tab.getInternals().setLastHeartbeatTimestamp(System.currentTimeMillis() - timeout);

        assertThat(ClosedTabSweeper.sweep(session)).isEqualTo(1);

        assertThat(session.getUIs()).doesNotContain(tab);
        assertThat(tab.isClosing()).isTrue();
    }

    /**
     * The scheduled sweep (not only the method it calls) frees the tab: it runs in the session's lock and detaches
     * the view, so nothing of the page stays reachable. The heartbeat is moved into the past instead of waiting.
     * (Removing a UI needs it to be the current one, as when Vaadin removes closed UIs itself; the scheduler's thread
     * has no current UI.)
     */
    @Test
    void theScheduledSweepDetachesTheViewOfAClosedTab() {
        loginAs(Role.RUNNER);
        Component view = navigateTo("progress");
        VaadinSession session = VaadinSession.getCurrent();
        UI tab = UI.getCurrent();
        long timeout = session.getService().getDeploymentConfiguration().getHeartbeatInterval() * 1000L * 4;
        tab.getInternals().setLastHeartbeatTimestamp(System.currentTimeMillis() - timeout);

        sweeper.sweepAll();
        MockVaadin.runUIQueue();

        assertThat(session.getUIs()).doesNotContain(tab);
        assertThat(view.isAttached()).isFalse();
    }

    @Test
    void aTabThatStillSendsHeartbeatsIsKept() {
        loginAs(Role.RUNNER);
        navigateTo("today");
        VaadinSession session = VaadinSession.getCurrent();
        UI tab = UI.getCurrent();
        tab.getInternals().setLastHeartbeatTimestamp(System.currentTimeMillis());

        assertThat(ClosedTabSweeper.sweep(session)).isZero();

        assertThat(session.getUIs()).contains(tab);
        assertThat(tab.isClosing()).isFalse();
    }

    @Test
    void theHeartbeatIsFrequentEnoughToFreeAClosedTabWithinFiveMinutes() {
        int interval = VaadinSession.getCurrent().getService().getDeploymentConfiguration().getHeartbeatInterval();
        // Vaadin gives up on a UI after three missed heartbeats; the sweep runs once a minute after that.
        assertThat(3 * interval + 60).isLessThanOrEqualTo(5 * 60);
        assertThat(sweeper.watchedSessions()).as("the session of this test is watched").isPositive();
    }
}
