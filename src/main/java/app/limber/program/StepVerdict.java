package app.limber.program;

/** What a runner may say about one step of a session, for their instructor. */
public enum StepVerdict {
    TOO_HARD("Too hard"),
    FELT_GOOD("Felt good");

    private final String label;

    StepVerdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
