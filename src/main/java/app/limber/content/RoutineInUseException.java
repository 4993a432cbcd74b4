package app.limber.content;

import java.util.List;
import java.util.stream.Collectors;

/** Archiving or unpublishing refused: published or scheduled programs still have the routine on their schedule. */
public class RoutineInUseException extends IllegalArgumentException {

    private final List<String> programs;

    RoutineInUseException(String routineTitle, List<String> programs) {
        super("“" + routineTitle + "” is on the schedule of "
                + (programs.size() == 1 ? "a program that is published or scheduled: "
                        : "programs that are published or scheduled: ")
                + programs.stream().map(title -> "“" + title + "”").collect(Collectors.joining(", "))
                + ". Take it off their schedules, or unpublish them, first.");
        this.programs = List.copyOf(programs);
    }

    /** The titles of the programs named in the message. */
    public List<String> programs() {
        return programs;
    }
}
