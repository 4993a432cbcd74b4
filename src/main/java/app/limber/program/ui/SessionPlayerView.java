package app.limber.program.ui;

import app.limber.program.SessionPlan;
import app.limber.program.SessionService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;

/**
 * The session player at {@code /session/{enrolmentId}-{day}}: a day's session one step at a time, on a phone.
 * Someone else's session is "not found", exactly like one that doesn't exist.
 */
@Route("session")
@PermitAll
class SessionPlayerView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private static final Pattern ADDRESS = Pattern.compile("(\\d{1,18})-(\\d{1,3})");

    private final SessionService sessions;
    private String title = "Session";

    SessionPlayerView(SessionService sessions) {
        this.sessions = sessions;
        addClassName("session-view");
    }

    @Override
    public void setParameter(BeforeEvent event, String address) {
        removeAll();
        Matcher matcher = ADDRESS.matcher(address);
        if (!matcher.matches()) {
            notFound();
            return;
        }
        long enrolmentId = Long.parseLong(matcher.group(1));
        int day = Integer.parseInt(matcher.group(2));
        try {
            SessionPlan plan = sessions.open(enrolmentId, day);
            title = "Day " + day + " · " + plan.programTitle();
            add(new SessionPlayer(plan, new RunnerSessionRecorder(sessions, plan)));
        } catch (AccessDeniedException notYours) {
            notFound();
        } catch (IllegalArgumentException notOpen) {
            title = "Not open yet";
            add(new H1("This session isn't open"), new Paragraph(notOpen.getMessage()), backToToday());
        }
    }

    private void notFound() {
        title = "Session not found";
        add(new H1("We couldn't find that session"),
                new Paragraph("It may belong to a program you are not in."), backToToday());
    }

    private static Anchor backToToday() {
        return new Anchor("today", "Back to today");
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
