package app.limber.progress.ui;

import app.limber.progress.PracticeProgress;
import app.limber.progress.PracticeProgress.MonthOfPractice;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A month of the runner's practice: a calendar whose practised days are marked (in words too, for screen readers),
 * with buttons to page to earlier months and back. Paging reads one month at a time. The month itself is one element
 * of markup, not a component per day.
 */
class PracticeCalendar extends Section {

    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private final PracticeProgress practice;
    private final LocalDate today;
    private final H3 title = new H3();
    private final Button previous = new Button(VaadinIcon.ANGLE_LEFT.create());
    private final Button next = new Button(VaadinIcon.ANGLE_RIGHT.create());
    /** The month's table and its summary in words. */
    private final Markup body = new Markup("div", "calendar-body", "");
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
        int days = month.minutes().size();
        int minutes = month.minutes().values().stream().mapToInt(Integer::intValue).sum();
        String summary = days == 0 ? "No sessions completed in " + MONTH.format(shown) + "."
                : "Practised on " + days + (days == 1 ? " day" : " days") + ", " + minutes
                        + (minutes == 1 ? " minute" : " minutes") + " in all.";
        body.setContent("<table class='calendar-table' aria-labelledby='" + title.getId().orElseThrow() + "'>"
                + table(month) + "</table>" + Markup.element("p", summary, "class", "calendar-summary"));
    }

    /** The month as one table of markup: a cell per day, practised days marked in colour and in words. */
    private String table(MonthOfPractice month) {
        StringBuilder html = new StringBuilder("<thead><tr>");
        for (DayOfWeek day : DayOfWeek.values()) {
            html.append(Markup.element("th", day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH), "scope", "col",
                    "abbr", day.getDisplayName(TextStyle.FULL, Locale.ENGLISH)));
        }
        html.append("</tr></thead><tbody><tr>");
        LocalDate first = shown.atDay(1);
        html.append("<td></td>".repeat(first.getDayOfWeek().getValue() - 1));
        for (LocalDate day = first; !day.isAfter(shown.atEndOfMonth()); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.MONDAY && !day.equals(first)) {
                html.append("</tr><tr>");
            }
            html.append(dayCell(day, month.minutes().get(day)));
        }
        return html.append("</tr></tbody>").toString();
    }

    private String dayCell(LocalDate day, @Nullable Integer minutes) {
        StringBuilder cell = new StringBuilder("<td");
        String classes = (minutes != null ? "practised " : "") + (day.equals(today) ? "today" : "");
        if (!classes.isBlank()) {
            cell.append(" class='").append(classes.strip()).append('\'');
        }
        if (day.equals(today)) {
            cell.append(" aria-current='date'");
        }
        if (minutes != null) {
            cell.append(" title='Practised").append(minutes > 0 ? " " + minutes + " min" : "").append('\'');
        }
        cell.append("><span>").append(day.getDayOfMonth()).append("</span>");
        if (minutes != null) {
            cell.append(Markup.element("span", minutes > 0 ? ", practised " + minutes + " min" : ", practised",
                    "class", "visually-hidden"));
        }
        return cell.append("</td>").toString();
    }
}
