package app.limber.admin.ui;

import app.limber.account.MembershipService;
import app.limber.account.Role;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/** The admin console's front page: the membership at a glance. */
@Route("admin")
@PageTitle("Admin")
@Menu(order = 3, icon = "vaadin:cog", title = "Admin")
@RolesAllowed(Role.ADMIN_NAME)
class AdminView extends Main {

    AdminView(MembershipService membership) {
        addClassName("admin-view");
        Map<Role, Long> counts = membership.countByRole();
        Div figures = new Div(
                figure("Runners", counts.get(Role.RUNNER)),
                figure("Instructors", counts.get(Role.INSTRUCTOR)),
                figure("Admins", counts.get(Role.ADMIN)),
                figure("Disabled accounts", membership.countDisabled()));
        figures.addClassName("figures");
        add(new H1("Membership"), figures);
    }

    private static Div figure(String label, Long value) {
        Span number = new Span(String.valueOf(value));
        number.addClassName("figure-value");
        Span caption = new Span(label);
        caption.addClassName("figure-label");
        Div figure = new Div(number, caption);
        figure.addClassName("figure");
        figure.getElement().setAttribute("data-testid", label);
        return figure;
    }
}
