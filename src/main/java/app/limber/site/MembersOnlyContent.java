package app.limber.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import app.limber.content.MembersOnlyTeaser;

/**
 * A members-only article or routine as a visitor sees it: the teaser and the "sign in or join" panel.
 * {@code kind} names the item ("article", "routine", "program"), {@code action} what membership lets them do ("read",
 * "follow", "start"); a program's teaser also shows its weeks × days {@code schedule} (empty for the others).
 */
public record MembersOnlyContent(MembersOnlyTeaser teaser, String kind, String action, List<ScheduleWeek> schedule) {

    public MembersOnlyContent {
        schedule = List.copyOf(schedule);
    }

    MembersOnlyContent(MembersOnlyTeaser teaser, String kind, String action) {
        this(teaser, kind, action, List.of());
    }

    /** A week of a members-only program's overview: which days hold a session, never which routines. */
    public record ScheduleWeek(int number, List<ScheduleDay> days) {
    }

    /** One day of that overview. */
    public record ScheduleDay(int dayNumber, boolean session) {
    }

    /** The weeks × days overview of a program of {@code lengthDays} days with sessions on {@code sessionDays}. */
    static List<ScheduleWeek> weeks(int lengthDays, Set<Integer> sessionDays) {
        List<ScheduleWeek> weeks = new ArrayList<>();
        for (int first = 1; first <= lengthDays; first += ProgramContent.DAYS_PER_WEEK) {
            List<ScheduleDay> days = new ArrayList<>();
            for (int day = first; day <= Math.min(lengthDays, first + ProgramContent.DAYS_PER_WEEK - 1); day++) {
                days.add(new ScheduleDay(day, sessionDays.contains(day)));
            }
            weeks.add(new ScheduleWeek((first - 1) / ProgramContent.DAYS_PER_WEEK + 1, days));
        }
        return weeks;
    }
}
