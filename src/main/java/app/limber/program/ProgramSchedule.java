package app.limber.program;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** A program's days as a runner follows them: read in three statements for any number of programs. */
record ProgramSchedule(long programId, String title, String slug, int lengthDays,
        SortedMap<Integer, ScheduledDay> days) {

    /** One day; no routines means rest. It may prompt the runner to record self-tests. */
    record ScheduledDay(int dayNumber, String note, List<Long> routineIds, Set<Long> selfTestIds) {

        boolean isRest() {
            return routineIds.isEmpty();
        }
    }

    /** The day, or an empty rest day when the program has nothing on it. */
    ScheduledDay day(int dayNumber) {
        return days.getOrDefault(dayNumber, new ScheduledDay(dayNumber, "", List.of(), Set.of()));
    }

    /** Day numbers with routines, within the program's length, in order. */
    List<Integer> practiceDays() {
        return days.values().stream().filter(day -> !day.isRest() && day.dayNumber() <= lengthDays)
                .map(ScheduledDay::dayNumber).toList();
    }

    /**
     * The schedule as runners follow it: only the routines given (those live now, see
     * {@link app.limber.content.SessionRoutines}) stay on their days; a day left with none is a rest day, as the
     * program's page shows it.
     */
    ProgramSchedule playing(Set<Long> playable) {
        SortedMap<Integer, ScheduledDay> kept = new TreeMap<>();
        days.forEach((number, day) -> kept.put(number, new ScheduledDay(number, day.note(),
                day.routineIds().stream().filter(playable::contains).toList(), day.selfTestIds())));
        return new ProgramSchedule(programId, title, slug, lengthDays, kept);
    }

    /** Every routine id used on any day. */
    List<Long> routineIds() {
        return days.values().stream().flatMap(day -> day.routineIds().stream()).distinct().toList();
    }

    static Map<Long, ProgramSchedule> load(SessionQueries queries, Collection<Long> programIds) {
        if (programIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, SortedMap<Integer, ScheduledDay>> days = new LinkedHashMap<>();
        Map<Long, Object[]> programRows = new LinkedHashMap<>();
        for (Object[] row : queries.dayContents(programIds)) {
            long programId = ((Number) row[0]).longValue();
            int dayNumber = ((Number) row[1]).intValue();
            String kind = row[3] == null ? "" : row[3].toString();
            if (kind.equals("P")) {
                programRows.put(programId, row);
                continue;
            }
            ScheduledDay day = days.computeIfAbsent(programId, id -> new TreeMap<>())
                    .computeIfAbsent(dayNumber, n -> new ScheduledDay(n, (String) row[2], new ArrayList<>(),
                            new LinkedHashSet<>()));
            if (kind.equals("R")) {
                day.routineIds().add(((Number) row[4]).longValue());
            } else if (kind.equals("T")) {
                day.selfTestIds().add(((Number) row[4]).longValue());
            }
        }
        Map<Long, ProgramSchedule> schedules = new LinkedHashMap<>();
        programRows.forEach((programId, row) -> schedules.put(programId, new ProgramSchedule(programId,
                (String) row[2], (String) row[6], ((Number) row[4]).intValue(),
                days.getOrDefault(programId, new TreeMap<>()))));
        return schedules;
    }
}
