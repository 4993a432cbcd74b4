package app.limber.content.ui;

import app.limber.content.CommentableItem;
import com.vaadin.flow.component.Component;

/**
 * Where the discussion appears under an article or routine. The content feature must not know the comment feature,
 * so the pages ask for an implementation (the comment feature provides one) and show nothing when there is none.
 */
public interface DiscussionSlot {

    /** The discussion component for this item, for the reader of the current browser tab. */
    Component discussionFor(CommentableItem.Kind kind, long itemId);
}
