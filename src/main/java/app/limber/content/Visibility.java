package app.limber.content;

/** Who may see a published item. */
public enum Visibility {
    PUBLIC("Everyone"),
    MEMBERS("Members only");

    private final String label;

    Visibility(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
