package app.limber.site;

import app.limber.content.InstructorProfiles;

import app.limber.program.ProgramPage;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A program's landing page: the program, its description (sanitized), its schedule as weeks of days, a sample day
 * (the first with routines), where an enrolled runner stands ({@code enrolment}, null otherwise) and, in a preview,
 * the editor's address, and the author's profile for the author box.
 */
public record ProgramContent(ProgramPage program, SanitizedHtml description, List<Week> weeks,
        ProgramPage.@Nullable Day sampleDay, @Nullable String enrolment, @Nullable String editorHref,
        InstructorProfiles.Profile author) {

    static final int DAYS_PER_WEEK = 7;

    /** One week of the overview. */
    public record Week(int number, List<ProgramPage.Day> days) {
    }

    static ProgramContent of(ProgramPage program, @Nullable String enrolment, @Nullable String editorHref,
            InstructorProfiles.Profile author) {
        List<Week> weeks = new ArrayList<>();
        for (int first = 1; first <= program.lengthDays(); first += DAYS_PER_WEEK) {
            List<ProgramPage.Day> days = new ArrayList<>();
            for (int day = first; day <= Math.min(program.lengthDays(), first + DAYS_PER_WEEK - 1); day++) {
                days.add(program.day(day));
            }
            weeks.add(new Week((first - 1) / DAYS_PER_WEEK + 1, days));
        }
        ProgramPage.Day sample = program.days().stream().filter(day -> !day.isRest()).findFirst().orElse(null);
        return new ProgramContent(program, SanitizedHtml.fromContentService(program.descriptionHtml()), weeks, sample,
                enrolment, editorHref, author);
    }
}
