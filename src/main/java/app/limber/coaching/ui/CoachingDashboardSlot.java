package app.limber.coaching.ui;

import app.limber.coaching.CoachingDashboardService;
import app.limber.content.ui.StudioHomeSlot;
import com.vaadin.flow.component.Component;

/** Puts the coaching dashboard on the studio home (the studio asks for a {@link StudioHomeSlot}). */
@org.springframework.stereotype.Component
class CoachingDashboardSlot implements StudioHomeSlot {

    private final CoachingDashboardService dashboards;

    CoachingDashboardSlot(CoachingDashboardService dashboards) {
        this.dashboards = dashboards;
    }

    @Override
    public Component studioHome() {
        return new CoachingDashboard(dashboards.dashboard());
    }
}
