package app.limber.content.ui;

import app.limber.account.CurrentUser;
import app.limber.content.CommentableItem;
import app.limber.content.RoutineService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.ObjectProvider;

/** A published routine at its stable address, {@code /routines/{slug}}. */
@Route("routines")
@AnonymousAllowed
class RoutineView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private final RoutineService routines;
    private final CurrentUser currentUser;
    private final ObjectProvider<DiscussionSlot> discussion;
    private String title = "Routine";

    RoutineView(RoutineService routines, CurrentUser currentUser, ObjectProvider<DiscussionSlot> discussion) {
        this.discussion = discussion;
        this.routines = routines;
        this.currentUser = currentUser;
        addClassName("routine-view");
    }

    @Override
    public void setParameter(BeforeEvent event, String slug) {
        removeAll();
        routines.findLive(slug, currentUser.isSignedIn()).ifPresentOrElse(page -> {
            title = page.title();
            add(new RoutinePageContent(page));
            discussion.ifAvailable(slot -> add(slot.discussionFor(CommentableItem.Kind.ROUTINE, page.id())));
        }, () -> {
            title = "Routine not found";
            add(new H1("We couldn't find that routine"));
            add(new Paragraph(currentUser.isSignedIn()
                    ? "It may have been unpublished or archived."
                    : "It may be for members only, or no longer published."));
            if (!currentUser.isSignedIn()) {
                add(new Anchor("login", "Sign in"));
            }
        });
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
