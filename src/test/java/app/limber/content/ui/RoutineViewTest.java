package app.limber.content.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.limber.UiTest;
import app.limber.account.Role;
import app.limber.content.RoutineDraft;
import app.limber.content.RoutineService;
import app.limber.content.StepDraft;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RoutineViewTest extends UiTest {

    private static final String SCRIPT = "<script>alert('x')</script>";

    @Autowired
    RoutineService routines;

    private RoutineDraft publishedRoutine(String title, String body, String cue, boolean membersOnly) {
        loginAs(accounts.create(Set.of(Role.INSTRUCTOR)));
        RoutineDraft draft = routines.load(routines.createDraft(title)).orElseThrow();
        draft.setBody(body);
        StepDraft step = new StepDraft();
        step.setName("Toes tucked " + SCRIPT);
        step.setCue(cue);
        draft.setSteps(List.of(step));
        if (membersOnly) {
            draft.setVisibility(app.limber.content.Visibility.MEMBERS);
        }
        RoutineDraft saved = routines.save(draft);
        RoutineDraft published = routines.publishNow(saved.getId(), saved.getVersion());
        logout();
        return published;
    }

    @Test
    void scriptInTitleMarkdownAndCuesRendersAsInertText() {
        RoutineDraft routine = publishedRoutine("Toe stretch " + SCRIPT,
                "Breathe " + SCRIPT + "\n\n<img src=x onerror=alert(1)> [x](javascript:alert(1))",
                "Lean forward <img src=x onerror=alert(2)>", false);

        navigateTo("routines/" + routine.getSlug());

        assertThat(_get(H1.class).getText()).isEqualTo("Toe stretch " + SCRIPT);
        assertThat(_get(H1.class).getElement().getChildren()).as("title is text only")
                .allMatch(com.vaadin.flow.dom.Element::isTextNode);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("step-cue")).getText())
                .isEqualTo("Lean forward <img src=x onerror=alert(2)>");
        Document body = Jsoup.parseBodyFragment(_get(Html.class).getInnerHtml());
        assertThat(body.select("script, img, iframe")).isEmpty();
        assertThat(body.select("[onerror], [onload], a[href^=javascript]")).isEmpty();
        assertThat(body.text()).contains("Breathe <script>alert('x')</script>");
    }

    @Test
    void membersOnlyRoutineAsksVisitorsToSignIn() {
        RoutineDraft routine = publishedRoutine("Runner's sun salutation", "", "", true);

        navigateTo("routines/" + routine.getSlug());
        assertThat(_get(H1.class).getText()).isEqualTo("We couldn't find that routine");

        loginAs(Role.RUNNER);
        navigateTo("routines/" + routine.getSlug());
        assertThat(_get(H1.class).getText()).isEqualTo("Runner's sun salutation");
    }
}
