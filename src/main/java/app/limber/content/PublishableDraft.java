package app.limber.content;

/** What the studio's publishing buttons need to know about any draft: which item, which version, which status. */
public interface PublishableDraft {

    long getId();

    long getVersion();

    PublishingStatus getStatus();
}
