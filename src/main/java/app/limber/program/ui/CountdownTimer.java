package app.limber.program.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Span;
import java.util.Objects;

/**
 * A countdown that ticks in the browser (no polling, no server round trip per second) and tells the server once,
 * when it reaches zero. Start, pause and reset come from the server; the remaining seconds live on the element so
 * that pause and start carry on where it was.
 */
class CountdownTimer extends Span {

    private Runnable onFinished = () -> { };
    private int seconds;
    private boolean running;

    CountdownTimer() {
        addClassName("countdown");
        getElement().setAttribute("role", "timer");
        getElement().setAttribute("aria-live", "off");
    }

    /** Shows a fresh, stopped countdown of this many seconds. */
    void reset(int seconds) {
        this.seconds = seconds;
        running = false;
        setText(format(seconds));
        getElement().executeJs("clearInterval(this._limberTimer); this._limberLeft = $0;", seconds);
    }

    void start() {
        running = true;
        getElement().executeJs("""
                const el = this;
                clearInterval(el._limberTimer);
                if (el._limberLeft === undefined) { el._limberLeft = $0; }
                // Changes the value of the text node the server wrote, never replaces it, so server updates still land.
                const show = s => {
                  const text = Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
                  if (el.firstChild) { el.firstChild.nodeValue = text; } else { el.textContent = text; }
                };
                el._limberTimer = setInterval(() => {
                  el._limberLeft = Math.max(0, el._limberLeft - 1);
                  show(el._limberLeft);
                  if (el._limberLeft === 0) { clearInterval(el._limberTimer); el.$server.finished(); }
                }, 1000);
                """, seconds);
    }

    void pause() {
        running = false;
        getElement().executeJs("clearInterval(this._limberTimer);");
    }

    boolean isRunning() {
        return running;
    }

    void onFinished(Runnable action) {
        onFinished = Objects.requireNonNull(action);
    }

    /** Called by the browser when the countdown reaches zero. */
    @ClientCallable
    void finished() {
        if (running) {
            running = false;
            setText(format(0));
            onFinished.run();
        }
    }

    static String format(int seconds) {
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }
}
