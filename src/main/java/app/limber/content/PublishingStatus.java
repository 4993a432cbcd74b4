package app.limber.content;

/** Where an item is in the publishing workflow: draft → scheduled → published → archived. */
public enum PublishingStatus {
    DRAFT("Draft"),
    SCHEDULED("Scheduled"),
    PUBLISHED("Published"),
    ARCHIVED("Archived");

    private final String label;

    PublishingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
