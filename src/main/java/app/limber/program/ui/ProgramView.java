package app.limber.program.ui;

import app.limber.account.CurrentUser;
import app.limber.account.RegistrationService;
import app.limber.account.Role;
import app.limber.program.EnrolmentService;
import app.limber.program.ProgramPage;
import app.limber.program.ProgramService;
import app.limber.content.Visibility;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** A live program's landing page at {@code /programs/{slug}}: what it is, its schedule, and how to join it. */
@Route("programs")
@AnonymousAllowed
class ProgramView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private final ProgramService programs;
    private final EnrolmentService enrolments;
    private final RegistrationService registration;
    private final CurrentUser currentUser;
    private String title = "Program";

    ProgramView(ProgramService programs, EnrolmentService enrolments, RegistrationService registration,
            CurrentUser currentUser) {
        this.programs = programs;
        this.enrolments = enrolments;
        this.registration = registration;
        this.currentUser = currentUser;
        addClassName("program-view");
    }

    @Override
    public void setParameter(BeforeEvent event, String slug) {
        removeAll();
        programs.findLive(slug, currentUser.isSignedIn()).ifPresentOrElse(this::show, () -> {
            title = "Program not found";
            add(new H1("We couldn't find that program"));
            add(new Paragraph(currentUser.isSignedIn() ? "It may have ended or been taken down."
                    : "It may be for members only, or no longer available."));
            add(new Anchor("programs", "See all programs"));
        });
    }

    private void show(ProgramPage page) {
        title = page.title();
        Paragraph meta = new Paragraph(page.lengthDays() + " days"
                + (page.authorName().isBlank() ? "" : " · by " + page.authorName())
                + (page.visibility() == Visibility.MEMBERS ? " · for members" : ""));
        meta.addClassName("program-meta");
        add(new H1(page.title()), meta);
        if (page.coverUrl() != null) {
            Image cover = new Image(page.coverUrl(), "");
            cover.addClassName("program-cover");
            add(cover);
        }
        add(new EnrolPanel(page, currentUser, enrolments, registration));
        if (!page.descriptionHtml().isBlank()) {
            Html description = new Html("<div class=\"program-description\">" + page.descriptionHtml() + "</div>");
            add(description);
        }
        add(new H2("Schedule"), new ScheduleOverview(page, currentDay(page)));
    }

    /** The reader's current day of this program, to highlight; 0 when not enrolled. */
    private int currentDay(ProgramPage page) {
        if (!currentUser.isSignedIn() || !Role.effective(currentUser.roles()).contains(Role.RUNNER)) {
            return 0;
        }
        return enrolments.myOpenEnrolment(page.id()).map(enrolment -> enrolment.dayOn(enrolments.today()))
                .orElse(0);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
