package app.limber.progress.ui;

import app.limber.progress.PracticeProgress;
import app.limber.progress.PracticeProgress.MonthOfPractice;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A month of the runner's practice: a calendar whose practised days are marked (in words too, for screen readers),
 * with buttons to page to earlier months and back. Paging reads one month at a time.
 */
class PracticeCalendar extends Section {

    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private final PracticeProgress practice;
    private final LocalDate today;
    private final H3 title = new H3();
    private final Button previous = new Button(VaadinIcon.ANGLE_LEFT.create());
    private final Button next = new Button(VaadinIcon.ANGLE_RIGHT.create());
    private final Div body = new Div();
    private YearMonth shown;

    PracticeCalendar(PracticeProgress practice, MonthOfPractice month, LocalDate today) {
        this.practice = practice;
        this.today = today;
        this.shown = month.month();
        addClassName("practice-calendar");
        title.setId("practice-calendar-title");
        title.getElement().setAttribute("aria-live", "polite");
        previous.setAriaLabel("Previous month");
        previous.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        previous.addClickListener(event -> show(practice.month(shown.minusMonths(1))));
        next.setAriaLabel("Next month");
        next.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        next.addClickListener(event -> show(practice.month(shown.plusMonths(1))));
        Div header = new Div(previous, title, next);
        header.addClassName("calendar-header");
        add(header, body);
        show(month);
    }

    YearMonth shownMonth() {
        return shown;
    }

    private void show(MonthOfPractice month) {
        shown = month.month();
        title.setText(MONTH.format(shown));
        next.setEnabled(shown.isBefore(YearMonth.from(today)));
        body.removeAll();
        body.add(table(month));
        int days = month.minutes().size();
        int minutes = month.minutes().values().stream().mapToInt(Integer::intValue).sum();
        Paragraph summary = new Paragraph(days == 0 ? "No sessions completed in " + MONTH.format(shown) + "."
                : "Practised on " + days + (days == 1 ? " day" : " days") + ", " + minutes
                        + (minutes == 1 ? " minute" : " minutes") + " in all.");
        summary.addClassName("calendar-summary");
        body.add(summary);
    }

    private NativeTable table(MonthOfPractice month) {
        NativeTable table = new NativeTable();
        table.addClassName("calendar-table");
        table.getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());
        NativeTableRow weekdays = table.getHead().addRow();
        for (DayOfWeek day : DayOfWeek.values()) {
            var cell = ProgressChart.headerCell(day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH), "col");
            cell.getElement().setAttribute("abbr", day.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
            weekdays.add(cell);
        }
        LocalDate first = shown.atDay(1);
        NativeTableRow week = table.getBody().addRow();
        for (int blank = 1; blank < first.getDayOfWeek().getValue(); blank++) {
            week.add(new NativeTableCell());
        }
        for (LocalDate day = first; !day.isAfter(shown.atEndOfMonth()); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.MONDAY && !day.equals(first)) {
                week = table.getBody().addRow();
            }
            week.add(dayCell(day, month.minutes().get(day)));
        }
        return table;
    }

    private NativeTableCell dayCell(LocalDate day, Integer minutes) {
        NativeTableCell cell = new NativeTableCell(new Span(Integer.toString(day.getDayOfMonth())));
        if (minutes != null) {
            cell.addClassName("practised");
            Span words = new Span(minutes > 0 ? ", practised " + minutes + " min" : ", practised");
            words.addClassName("visually-hidden");
            cell.add(words);
            cell.setTitle("Practised" + (minutes > 0 ? " " + minutes + " min" : ""));
        }
        if (day.equals(today)) {
            cell.addClassName("today");
            cell.getElement().setAttribute("aria-current", "date");
        }
        return cell;
    }
}
