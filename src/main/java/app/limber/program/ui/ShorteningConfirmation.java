package app.limber.program.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.List;
import java.util.stream.Collectors;

/** Asks before a shorter program drops days that have something planned. */
final class ShorteningConfirmation {

    private ShorteningConfirmation() {
    }

    /**
     * Opens the question: "Remove them" runs {@code trim} then {@code changed}; "Keep them" runs {@code keep}, which
     * should put the previous length back.
     */
    static void ask(int newLength, List<Integer> lostDays, Runnable trim, Runnable keep, Runnable changed) {
        ConfirmDialog confirm = new ConfirmDialog("Shorten to " + newLength + " days?",
                "Days " + lostDays.stream().map(String::valueOf).collect(Collectors.joining(", "))
                        + " have something planned and will be removed.",
                "Remove them", event -> {
                    trim.run();
                    changed.run();
                });
        confirm.setCancelable(true);
        confirm.setCancelText("Keep them");
        confirm.addCancelListener(event -> keep.run());
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }
}
