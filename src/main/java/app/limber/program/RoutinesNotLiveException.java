package app.limber.program;

import java.util.List;

/** Publishing refused: routines on the schedule would not be live when the program is. */
public class RoutinesNotLiveException extends IllegalArgumentException {

    private final List<String> routines;

    RoutinesNotLiveException(List<String> routines) {
        super("Publish these routines first, or take them off the schedule: " + String.join(", ", routines) + ".");
        this.routines = List.copyOf(routines);
    }

    /** The routines named in the message, quoted. */
    public List<String> routines() {
        return routines;
    }
}
