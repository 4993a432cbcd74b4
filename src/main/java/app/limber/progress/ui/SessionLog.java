package app.limber.progress.ui;

import app.limber.program.FeelScore;
import app.limber.program.PracticeLog;
import app.limber.program.SessionLogEntry;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;

/**
 * The runner's own log: every finished session, newest first, a page of {@value #PAGE_SIZE} at a time (one query per
 * page, and only that page's entries on the server), with the feel score and note; a note can be changed for a week.
 */
class SessionLog extends Section {

    static final int PAGE_SIZE = 10;

    private final PracticeLog log;
    private final UnorderedList entries = new UnorderedList();
    private final Span position = new Span();
    private final Button newer = new Button("Newer");
    private final Button older = new Button("Older");
    private int page;
    private long total;

    SessionLog(PracticeLog log) {
        this.log = log;
        addClassName("session-log");
        entries.addClassName("session-log-entries");
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
        List<SessionLogEntry> shown = found.entries();
        entries.removeAll();
        if (shown.isEmpty()) {
            Paragraph none = new Paragraph("Sessions you finish appear here, with how they felt and your notes.");
            none.addClassName("empty-state");
            entries.add(new ListItem(none));
        }
        shown.forEach(entry -> entries.add(item(entry)));
        position.setText(total == 0 ? "" : "Page " + (page + 1) + " of " + pages);
        newer.setEnabled(page > 0);
        older.setEnabled(page < pages - 1);
        newer.setVisible(pages > 1);
        older.setVisible(pages > 1);
    }

    private ListItem item(SessionLogEntry entry) {
        Span when = new Span(SelfTestPanel.DAY.format(entry.date()) + " · " + entry.programTitle() + " · day "
                + entry.dayNumber() + " · " + entry.minutes() + " min");
        when.addClassName("log-when");
        ListItem item = new ListItem(when);
        item.addClassName("session-log-entry");
        if (entry.feel() != null) {
            Span feel = new Span(FeelScore.label(entry.feel()));
            feel.addClassNames("feel-score", "feel-" + entry.feel());
            item.add(feel);
        }
        if (!entry.note().isBlank()) {
            Paragraph note = new Paragraph(entry.note());
            note.addClassName("log-note");
            item.add(note);
        }
        if (entry.noteEditable()) {
            Button edit = new Button(entry.note().isBlank() ? "Add a note" : "Change note",
                    event -> editNote(entry));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            edit.addClassName("edit-note");
            item.add(edit);
        }
        return item;
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
