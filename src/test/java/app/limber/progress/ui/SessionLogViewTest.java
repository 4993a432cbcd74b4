package app.limber.progress.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.limber.UiTest;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.progress.PracticeHistory;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The runner's log on /progress: pages of five, newest first, and "Change note" only while a note may change. */
class SessionLogViewTest extends UiTest {

    SignedInPerson sam;

    @BeforeEach
    void samFinishedTwelveSessions() {
        clock.set(Instant.parse("2026-03-12T18:00:00Z"));
        long coach = accounts.create(Set.of(Role.INSTRUCTOR)).personId();
        sam = accounts.create(Set.of(Role.RUNNER));
        PracticeHistory history = new PracticeHistory(jdbc, coach, sam.personId(), LocalDate.of(2026, 3, 1));
        for (int day = 1; day <= 12; day++) {
            history.completed(LocalDate.of(2026, 3, day), 10);
        }
        loginAs(sam);
        navigateTo("progress");
    }

    private static Markup log() {
        return _get(Markup.class, spec -> spec.withClasses("session-log-entries"));
    }

    private static java.util.List<String> entries() {
        return MarkupInTests.select(log(), "li.session-log-entry").stream().map(org.jsoup.nodes.Element::text).toList();
    }

    private static java.util.List<org.jsoup.nodes.Element> noteButtons() {
        return MarkupInTests.select(log(), "button.edit-note");
    }

    @Test
    void showsFiveSessionsAPageNewestFirstWithEditingOnlyForTheLastWeek() {
        assertThat(entries()).hasSize(5);
        assertThat(entries().getFirst()).contains("12 Mar 2026", "day 12", "10 min");
        assertThat(noteButtons()).hasSize(5);

        _click(_get(Button.class, spec -> spec.withText("Older")));

        assertThat(entries()).hasSize(5);
        assertThat(entries().getFirst()).contains("7 Mar 2026", "day 7 ");
        // Finished at 07:30 on 6 March or later: within a week of 18:00 on 12 March (5 March's week is over).
        assertThat(noteButtons()).hasSize(2);

        _click(_get(Button.class, spec -> spec.withText("Older")));

        assertThat(entries()).allSatisfy(text -> assertThat(text).containsAnyOf("day 2 ", "day 1 "));
        assertThat(noteButtons()).isEmpty();
    }

    @Test
    void aNoteWrittenInTheDialogShowsInTheLog() {
        MarkupInTests.click(log(), noteButtons().getFirst().attr("aria-label"));
        _get(TextArea.class, spec -> spec.withLabel("Note")).setValue("Ankles loosened up");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(entries().getFirst()).contains("Ankles loosened up");
    }
}
