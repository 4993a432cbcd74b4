package app.limber.progress.ui;

import app.limber.program.FeelScore;
import app.limber.program.PracticeLog;
import app.limber.program.SessionLogEntry;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;

/**
 * The runner's own log: every finished session, newest first, a page of {@value #PAGE_SIZE} at a time (one query per
 * page, and only that page's entries on the server, as one element of markup), with the feel score and note; a note
 * can be changed for a week.
 */
class SessionLog extends Section {

    static final int PAGE_SIZE = 5;

    private final PracticeLog log;
    private final Markup entries = new Markup("ul", "session-log-entries", "");
    private List<SessionLogEntry> shown = List.of();
    private final Span position = new Span();
    private final Button newer = new Button("Newer");
    private final Button older = new Button("Older");
    private int page;
    private long total;

    SessionLog(PracticeLog log) {
        this.log = log;
        addClassName("session-log");
        entries.onButton(id -> shown.stream().filter(entry -> entry.id() == id && entry.noteEditable()).findFirst()
                .ifPresent(this::editNote));
        position.addClassName("session-log-position");
        newer.addClickListener(event -> show(page - 1));
        older.addClickListener(event -> show(page + 1));
        Div pager = new Div(newer, position, older);
        pager.addClassName("session-log-pager");
        add(new H2("Your sessions"), entries, pager);
        show(0);
    }

    int page() {
        return page;
    }

    private void show(int requested) {
        // the page and the total in one statement; a page that is gone (sessions removed meanwhile) shows the first
        app.limber.program.PracticeLog.LogPage found = log.myLog(Math.max(0, requested), PAGE_SIZE);
        if (found.entries().isEmpty() && requested > 0) {
            requested = 0;
            found = log.myLog(0, PAGE_SIZE);
        }
        total = found.total();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        page = Math.clamp(requested, 0, pages - 1);
        shown = found.entries();
        StringBuilder html = new StringBuilder();
        if (shown.isEmpty()) {
            html.append("<li>").append(Markup.element("p",
                    "Sessions you finish appear here, with how they felt and your notes.", "class", "empty-state"))
                    .append("</li>");
        }
        shown.forEach(entry -> html.append(item(entry)));
        entries.setContent(html.toString());
        position.setText(total == 0 ? "" : "Page " + (page + 1) + " of " + pages);
        newer.setEnabled(page > 0);
        older.setEnabled(page < pages - 1);
        newer.setVisible(pages > 1);
        older.setVisible(pages > 1);
    }

    /** One entry as markup: when and what, the feel score, the note and, while it may change, a button for it. */
    private static String item(SessionLogEntry entry) {
        StringBuilder item = new StringBuilder("<li class='session-log-entry'>").append(Markup.element("span",
                SelfTestPanel.DAY.format(entry.date()) + " · " + entry.programTitle() + " · day " + entry.dayNumber()
                        + " · " + entry.minutes() + " min", "class", "log-when"));
        if (entry.feel() != null) {
            item.append(Markup.element("span", FeelScore.label(entry.feel()), "class",
                    "feel-score feel-" + entry.feel()));
        }
        if (!entry.note().isBlank()) {
            item.append(Markup.element("p", entry.note(), "class", "log-note"));
        }
        if (entry.noteEditable()) {
            item.append(Markup.element("button", entry.note().isBlank() ? "Add a note" : "Change note", "type",
                    "button", "class", "edit-note row-action", "data-id", Long.toString(entry.id()), "aria-label",
                    (entry.note().isBlank() ? "Add a note to " : "Change the note of ") + "day " + entry.dayNumber()
                            + ", " + SelfTestPanel.DAY.format(entry.date())));
        }
        return item.append("</li>").toString();
    }

    private void editNote(SessionLogEntry entry) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Note for day " + entry.dayNumber() + " of " + entry.programTitle());
        TextArea note = new TextArea("Note");
        note.setValue(entry.note());
        note.setMaxLength(1000);
        note.setWidthFull();
        note.setHelperText(PracticeLog.NOTE_READERS);
        Button save = new Button("Save", event -> {
            try {
                log.changeNote(entry.id(), note.getValue());
                dialog.close();
                show(page);
            } catch (IllegalArgumentException refused) {
                note.setErrorMessage(refused.getMessage());
                note.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", event -> dialog.close());
        dialog.add(note);
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }
}
