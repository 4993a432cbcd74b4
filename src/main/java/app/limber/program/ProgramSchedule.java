package app.limber.program;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** A program's days as a runner follows them: read in two statements for any number of programs. */
record ProgramSchedule(long programId, String title, String slug, int lengthDays,
        SortedMap<Integer, ScheduledDay> days) {

    /** One day; no routines means rest. */
    record ScheduledDay(int dayNumber, String note, List<Long> routineIds) {

        boolean isRest() {
            return routineIds.isEmpty();
        }
    }

    /** The day, or an empty rest day when the program has nothing on it. */
    ScheduledDay day(int dayNumber) {
        return days.getOrDefault(dayNumber, new ScheduledDay(dayNumber, "", List.of()));
    }

    /** Day numbers with routines, within the program's length, in order. */
    List<Integer> practiceDays() {
        return days.values().stream().filter(day -> !day.isRest() && day.dayNumber() <= lengthDays)
                .map(ScheduledDay::dayNumber).toList();
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
        for (Object[] row : queries.dayRows(programIds)) {
            long programId = (Long) row[0];
            int dayNumber = (Integer) row[1];
            ScheduledDay day = days.computeIfAbsent(programId, id -> new TreeMap<>())
                    .computeIfAbsent(dayNumber, n -> new ScheduledDay(n, (String) row[2], new ArrayList<>()));
            if (row[3] != null) {
                day.routineIds().add((Long) row[3]);
            }
        }
        Map<Long, ProgramSchedule> schedules = new LinkedHashMap<>();
        for (Object[] row : queries.programRows(programIds)) {
            long programId = (Long) row[0];
            schedules.put(programId, new ProgramSchedule(programId, (String) row[1], (String) row[2],
                    (Integer) row[3], days.getOrDefault(programId, new TreeMap<>())));
        }
        return schedules;
    }
}
