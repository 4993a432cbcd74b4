package app.limber.program;

/** Where a runner is with a program. Left and restarted enrolments are history: their completions stay. */
public enum EnrolmentStatus {
    ACTIVE("Active"),
    PAUSED("Paused"),
    LEFT("Left"),
    RESTARTED("Restarted");

    private final String label;

    EnrolmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Active or paused: the runner is still in the program. */
    public boolean isOpen() {
        return this == ACTIVE || this == PAUSED;
    }
}
