package app.limber.content;

/** Which side of the body a step works. */
public enum Side {
    BOTH("Both sides"),
    LEFT("Left"),
    RIGHT("Right");

    private final String label;

    Side(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
