package app.limber.program;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.program.ProgramCalendar.Streaks;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ProgramCalendarTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneId.of("UTC"));
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void dayOneIsTheStartDateAndDaysCountOnAcrossMonthEnds() {
        LocalDate start = date("2026-01-30");
        assertThat(ProgramCalendar.dayNumberOn(start, start)).isEqualTo(1);
        assertThat(ProgramCalendar.dayNumberOn(start, date("2026-01-31"))).isEqualTo(2);
        assertThat(ProgramCalendar.dayNumberOn(start, date("2026-02-01"))).isEqualTo(3);
        assertThat(ProgramCalendar.dayNumberOn(start, date("2026-03-01"))).isEqualTo(31);
        assertThat(ProgramCalendar.dateOf(start, 31)).isEqualTo(date("2026-03-01"));
        assertThat(ProgramCalendar.dayNumberOn(start, date("2026-01-29"))).isEqualTo(0);
    }

    @Test
    void leapDayIsAnOrdinaryProgramDay() {
        LocalDate start = date("2028-02-27");
        assertThat(ProgramCalendar.dateOf(start, 3)).isEqualTo(date("2028-02-29"));
        assertThat(ProgramCalendar.dateOf(start, 4)).isEqualTo(date("2028-03-01"));
        assertThat(ProgramCalendar.dayNumberOn(start, date("2028-03-01"))).isEqualTo(4);
        assertThat(ProgramCalendar.dayNumberOn(date("2027-02-27"), date("2027-03-01"))).isEqualTo(3);
    }

    @Test
    void yearEndCountsOn() {
        assertThat(ProgramCalendar.dayNumberOn(date("2026-12-31"), date("2027-01-01"))).isEqualTo(2);
    }

    @Test
    void daysUnlockAtLocalMidnightAndStayUnlockedForCatchUp() {
        LocalDate start = date("2026-03-01");
        assertThat(ProgramCalendar.unlockedDays(start, 30, date("2026-02-28"))).isZero();
        assertThat(ProgramCalendar.unlockedDays(start, 30, start)).isEqualTo(1);
        assertThat(ProgramCalendar.isUnlocked(start, 30, 1, date("2026-03-05"))).isTrue();
        assertThat(ProgramCalendar.isUnlocked(start, 30, 5, date("2026-03-05"))).isTrue();
        assertThat(ProgramCalendar.isUnlocked(start, 30, 6, date("2026-03-05"))).isFalse();
        assertThat(ProgramCalendar.isUnlocked(start, 30, 0, date("2026-03-05"))).isFalse();
        assertThat(ProgramCalendar.unlockedDays(start, 30, date("2026-06-01"))).isEqualTo(30);
        assertThat(ProgramCalendar.todaysDay(start, 30, date("2026-06-01"))).isZero();
        assertThat(ProgramCalendar.todaysDay(start, 30, date("2026-03-30"))).isEqualTo(30);
    }

    @Test
    void springForwardInBerlinDoesNotShiftTheDay() {
        // Clocks go from 02:00 to 03:00 on 29 March 2026 in Berlin.
        LocalDate start = date("2026-03-28");
        LocalDate justAfterMidnight = ProgramCalendar.today(at("2026-03-28T23:30:00Z"), BERLIN);
        assertThat(justAfterMidnight).isEqualTo(date("2026-03-29"));
        assertThat(ProgramCalendar.dayNumberOn(start, justAfterMidnight)).isEqualTo(2);
        // 23:59 local on the short day is still day 2; one minute later day 3.
        assertThat(ProgramCalendar.today(at("2026-03-29T21:59:00Z"), BERLIN)).isEqualTo(date("2026-03-29"));
        assertThat(ProgramCalendar.today(at("2026-03-29T22:00:00Z"), BERLIN)).isEqualTo(date("2026-03-30"));
    }

    @Test
    void fallBackInNewYorkDoesNotShiftTheDay() {
        // Clocks go from 02:00 back to 01:00 on 1 November 2026 in New York: a 25-hour day.
        LocalDate start = date("2026-10-31");
        ZonedDateTime lateOnTheLongDay = ZonedDateTime.of(2026, 11, 1, 23, 30, 0, 0, NEW_YORK);
        LocalDate today = ProgramCalendar.today(Clock.fixed(lateOnTheLongDay.toInstant(), NEW_YORK), NEW_YORK);
        assertThat(ProgramCalendar.dayNumberOn(start, today)).isEqualTo(2);
        ZonedDateTime nextMidnight = ZonedDateTime.of(2026, 11, 2, 0, 0, 0, 0, NEW_YORK);
        assertThat(ProgramCalendar.dayNumberOn(start,
                ProgramCalendar.today(Clock.fixed(nextMidnight.toInstant(), NEW_YORK), NEW_YORK))).isEqualTo(3);
    }

    @Test
    void runnersInDifferentZonesSeeTheirOwnDayAtTheSameInstant() {
        Clock instant = at("2026-06-10T20:00:00Z");
        LocalDate start = date("2026-06-01");
        // 08:00 on 11 June in Auckland, 13:00 on 10 June in Los Angeles.
        assertThat(ProgramCalendar.dayNumberOn(start, ProgramCalendar.today(instant, AUCKLAND))).isEqualTo(11);
        assertThat(ProgramCalendar.dayNumberOn(start, ProgramCalendar.today(instant, LOS_ANGELES))).isEqualTo(10);
        assertThat(ProgramCalendar.today(instant, BERLIN)).isEqualTo(date("2026-06-10"));
    }

    @Test
    void missedDaysArePastPracticeDaysNotCompleted() {
        LocalDate start = date("2026-01-01");
        List<Integer> practice = List.of(1, 2, 4, 5, 6);  // day 3 is rest
        assertThat(ProgramCalendar.missedDays(start, 7, practice, Set.of(1), date("2026-01-05")))
                .containsExactly(2, 4);
        // Once the program is over, every uncompleted practice day is missed.
        assertThat(ProgramCalendar.missedDays(start, 7, practice, Set.of(1, 2), date("2026-02-01")))
                .containsExactly(4, 5, 6);
        assertThat(ProgramCalendar.missedDays(start, 7, practice, Set.of(), date("2025-12-31"))).isEmpty();
    }

    @Test
    void completionPercentCountsPracticeDaysOnly() {
        List<Integer> practice = List.of(1, 2, 4);
        assertThat(ProgramCalendar.completionPercent(practice, Set.of())).isZero();
        assertThat(ProgramCalendar.completionPercent(practice, Set.of(1))).isEqualTo(33);
        assertThat(ProgramCalendar.completionPercent(practice, Set.of(1, 2, 4))).isEqualTo(100);
        assertThat(ProgramCalendar.completionPercent(practice, Set.of(1, 3))).isEqualTo(33);
        assertThat(ProgramCalendar.completionPercent(List.of(), Set.of())).isEqualTo(100);
    }

    @Test
    void programStreakSkipsRestDaysAndWaitsForToday() {
        LocalDate start = date("2026-01-01");
        List<Integer> practice = List.of(1, 2, 4, 5, 6);  // day 3 is rest
        // Today is day 5, not done yet: days 4, 2 and 1 in a row count (rest day 3 neither breaks nor counts).
        assertThat(ProgramCalendar.programStreak(start, 7, practice, Set.of(1, 2, 4), date("2026-01-05")))
                .isEqualTo(3);
        // Today done too.
        assertThat(ProgramCalendar.programStreak(start, 7, practice, Set.of(1, 2, 4, 5), date("2026-01-05")))
                .isEqualTo(4);
        // Yesterday (day 4) missed: the streak is broken.
        assertThat(ProgramCalendar.programStreak(start, 7, practice, Set.of(1, 2), date("2026-01-05")))
                .isZero();
        // A catch-up completion fills the gap.
        assertThat(ProgramCalendar.programStreak(start, 7, practice, Set.of(1, 2, 4), date("2026-01-06")))
                .isZero();
        assertThat(ProgramCalendar.programStreak(start, 7, practice, Set.of(1, 2, 4, 5), date("2026-01-06")))
                .isEqualTo(4);
        // Days not yet unlocked never count.
        assertThat(ProgramCalendar.programStreak(start, 7, practice, Set.of(1, 6), date("2026-01-01")))
                .isEqualTo(1);
    }

    @Test
    void practiceStreakRunsUpToTodayOrYesterday() {
        var days = new TreeSet<>(List.of(date("2026-02-26"), date("2026-02-27"), date("2026-02-28"),
                date("2026-03-01"), date("2026-03-05"), date("2026-03-06")));
        assertThat(ProgramCalendar.practiceStreaks(days, date("2026-03-06"))).isEqualTo(new Streaks(2, 4));
        assertThat(ProgramCalendar.practiceStreaks(days, date("2026-03-07"))).isEqualTo(new Streaks(2, 4));
        assertThat(ProgramCalendar.practiceStreaks(days, date("2026-03-08"))).isEqualTo(new Streaks(0, 4));
        // Across the month end, seen on 1 March: four days in a row.
        assertThat(ProgramCalendar.practiceStreaks(days, date("2026-03-01"))).isEqualTo(new Streaks(4, 4));
        // Days after today are ignored.
        assertThat(ProgramCalendar.practiceStreaks(days, date("2026-02-27"))).isEqualTo(new Streaks(2, 2));
        assertThat(ProgramCalendar.practiceStreaks(new TreeSet<>(), date("2026-03-01"))).isEqualTo(Streaks.NONE);
    }

    @Test
    void practiceStreakAcrossTheLeapDay() {
        var days = new TreeSet<>(List.of(date("2028-02-28"), date("2028-02-29"), date("2028-03-01")));
        assertThat(ProgramCalendar.practiceStreaks(days, date("2028-03-01"))).isEqualTo(new Streaks(3, 3));
    }
}
