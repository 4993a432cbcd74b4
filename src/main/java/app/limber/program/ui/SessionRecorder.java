package app.limber.program.ui;

import app.limber.program.SessionService.StepKey;
import app.limber.program.StepVerdict;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the session player keeps of a practice: for a runner, their place, step marks and the finished session
 * ({@link RunnerSessionRecorder}); for an instructor's preview, nothing ({@link PreviewRecorder}). One player plays
 * both, so a preview shows exactly what runners get.
 */
interface SessionRecorder {

    /** Where the player goes when the session is finished. */
    record Exit(String path, QueryParameters query) {
    }

    /** The marks already on the steps of this session. */
    Map<StepKey, StepVerdict> marks();

    /** The player moved to this step. */
    void savePlace(int stepIndex);

    /** A step was marked, or its mark taken back ({@code null}); may refuse with an IllegalArgumentException. */
    void mark(StepKey step, @Nullable StepVerdict verdict);

    /** "Done" on the last screen; may refuse bad input with an IllegalArgumentException. */
    Exit finish(@Nullable Integer feel, String note);

    /** The path of the link out of the player, and its text. */
    String leavePath();

    String leaveText();
}
