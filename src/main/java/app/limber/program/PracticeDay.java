package app.limber.program;

import java.time.LocalDate;

/** What a runner practised on one of their local dates: minutes (rounded up) and sessions completed. */
public record PracticeDay(LocalDate date, int minutes, int sessions) {

    static PracticeDay of(LocalDate date, long seconds, long sessions) {
        return new PracticeDay(date, Math.toIntExact((seconds + 59) / 60), Math.toIntExact(sessions));
    }
}
