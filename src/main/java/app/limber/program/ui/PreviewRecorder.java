package app.limber.program.ui;

import app.limber.content.ui.Notices;
import app.limber.program.SessionService.StepKey;
import app.limber.program.StepVerdict;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An instructor's preview of a program day: the player behaves as for a runner, but no place, mark, completion or
 * streak is stored, whatever the program's status. Finishing or leaving goes back to the program's editor.
 */
record PreviewRecorder(long programId) implements SessionRecorder {

    @Override
    public Map<StepKey, StepVerdict> marks() {
        return Map.of();
    }

    @Override
    public void savePlace(int stepIndex) {
        // a preview keeps no place: it always starts at the first step
    }

    @Override
    public void mark(StepKey step, @Nullable StepVerdict verdict) {
        // the player shows the mark while the preview lasts; nothing reaches the instructor's step counts
    }

    @Override
    public Exit finish(@Nullable Integer feel, String note) {
        Notices.show("Preview finished: nothing was recorded.", NotificationVariant.LUMO_CONTRAST);
        return new Exit(leavePath(), QueryParameters.empty());
    }

    @Override
    public String leavePath() {
        return ProgramEditorView.path(programId);
    }

    @Override
    public String leaveText() {
        return "Back to the editor";
    }
}
