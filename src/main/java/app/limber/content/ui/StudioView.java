package app.limber.content.ui;

import app.limber.account.CurrentUser;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.ObjectProvider;

/** The instructor's workspace: the coaching dashboard, and the routines, videos, articles and programs they author. */
@Route("studio")
@PageTitle("Studio")
@Menu(order = 2, icon = "vaadin:pencil", title = "Studio")
@RolesAllowed(Role.INSTRUCTOR_NAME)
class StudioView extends Main {

    StudioView(CurrentUser currentUser, ObjectProvider<StudioHomeSlot> home) {
        addClassName("studio-view");
        String name = currentUser.get().map(SignedInPerson::displayName).orElse("");
        add(new H1("Studio"));
        Section intro = new Section(
                new Paragraph("Welcome, " + name + "."),
                new Paragraph("This is where you write routines step by step, upload videos, publish articles and "
                        + "build programs for your runners."));
        intro.addClassName("empty-state");
        StudioHomeSlot slot = home.getIfAvailable();
        add(slot == null ? intro : slot.studioHome());
    }
}
