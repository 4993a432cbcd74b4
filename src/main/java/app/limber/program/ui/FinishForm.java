package app.limber.program.ui;

import app.limber.program.FeelScore;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

/** The last screen of a session: how it felt (1-5, optional), a note, and "Done". */
class FinishForm extends Div {

    /** Who reads the note: the rule {@code CoachingAccess} enforces, said where the note is written. */
    static final String NOTE_VISIBILITY = app.limber.program.PracticeLog.NOTE_READERS
            + " You can change it for 7 days on your progress page.";

    final RadioButtonGroup<Integer> feel = new RadioButtonGroup<>("How did it feel? (optional)");
    final TextArea note = new TextArea("A note (optional)");
    final Button done = new Button("Done");

    FinishForm(SessionRecorder recorder, Runnable back) {
        addClassName("finish-form");
        feel.setItems(1, 2, 3, 4, 5);
        feel.setItemLabelGenerator(FeelScore::label);
        feel.addClassName("feel");
        note.setMaxLength(1000);
        note.setWidthFull();
        note.addClassName("completion-note");
        note.setHelperText(NOTE_VISIBILITY);
        done.addClassName("done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        done.addClickListener(event -> {
            try {
                SessionRecorder.Exit exit = recorder.finish(feel.getValue(), note.getValue());
                getUI().ifPresent(ui -> ui.navigate(exit.path(), exit.query()));
            } catch (IllegalArgumentException refused) {
                note.setInvalid(true);
                note.setErrorMessage(refused.getMessage());
            }
        });
        Button backButton = new Button("Back", event -> back.run());
        backButton.addClassName("back");
        Div controls = new Div(backButton, done);
        controls.addClassName("player-controls");
        add(new H1("Well done"), feel, note, controls);
    }
}
