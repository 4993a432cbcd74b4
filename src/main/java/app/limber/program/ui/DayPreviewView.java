package app.limber.program.ui;

import app.limber.account.Role;
import app.limber.program.SessionService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * A day of a program in the session player as its runners would get it, for the program's author or an admin, in any
 * status: at {@code studio/programs/{id}/preview/day/{n}}. A banner says it is a preview; nothing is recorded.
 * Another instructor gets the not-allowed page; a program or day that doesn't exist says so.
 */
@Route("studio/programs/:programId([0-9]{1,18})/preview/day/:day([0-9]{1,3})")
@RolesAllowed(Role.INSTRUCTOR_NAME)
class DayPreviewView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final SessionService sessions;
    private String title = "Preview";

    DayPreviewView(SessionService sessions) {
        this.sessions = sessions;
        addClassNames("session-view", "day-preview");
    }

    /** The preview's address for a day of a program. */
    static String path(long programId, int dayNumber) {
        return ProgramEditorView.path(programId) + "/preview/day/" + dayNumber;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long programId = event.getRouteParameters().getLong("programId").orElse(0L);
        int day = event.getRouteParameters().getInteger("day").orElse(0);
        SessionService.DayPreview preview;
        try {
            preview = sessions.previewDay(programId, day);
        } catch (org.springframework.security.access.AccessDeniedException notYours) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        } catch (IllegalArgumentException noSuchDay) {
            title = "Day not found";
            add(new H1("We couldn't find that day"), new Paragraph(noSuchDay.getMessage()),
                    new Anchor("studio/programs", "Back to programs"));
            return;
        }
        title = "Preview · Day " + day + " · " + preview.plan().programTitle();
        add(banner(preview), new SessionPlayer(preview.plan(), new PreviewRecorder(programId)));
    }

    private static Div banner(SessionService.DayPreview preview) {
        Span what = new Span("Preview — nothing is recorded");
        what.addClassName("preview-title");
        Anchor back = new Anchor(ProgramEditorView.path(preview.programId()), "Back to the editor");
        back.addClassName("back-to-editor");
        Div banner = new Div(what, back);
        banner.addClassName("preview-banner");
        banner.getElement().setAttribute("role", "status");
        if (preview.routinesLeftOut() > 0) {
            Paragraph leftOut = new Paragraph(preview.routinesLeftOut() == 1
                    ? "1 routine on this day is not published yet: runners won't get it until it is."
                    : preview.routinesLeftOut() + " routines on this day are not published yet: runners won't get "
                            + "them until they are.");
            leftOut.addClassName("routines-left-out");
            banner.add(leftOut);
        }
        return banner;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
