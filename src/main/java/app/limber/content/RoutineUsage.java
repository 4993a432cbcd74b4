package app.limber.content;

import java.util.List;

/**
 * Who keeps a routine in front of runners, asked before the routine is archived or taken back to draft. The program
 * feature implements it (programs depend on routines, so routines ask through this interface rather than the other
 * way round).
 */
public interface RoutineUsage {

    /** Titles of the published or scheduled programs whose schedule uses this routine, by title; empty if none. */
    List<String> livePrograms(long routineId);
}
