package app.limber.community.ui;

import app.limber.community.CommentService;
import app.limber.content.CommentableItem;
import app.limber.content.ui.DiscussionSlot;
import java.time.Clock;

/** Puts the discussion under articles and routines (the content pages ask for a {@link DiscussionSlot}). */
@org.springframework.stereotype.Component
class CommentThreadSlot implements DiscussionSlot {

    private final CommentService comments;
    private final Clock clock;

    CommentThreadSlot(CommentService comments, Clock clock) {
        this.comments = comments;
        this.clock = clock;
    }

    @Override
    public com.vaadin.flow.component.Component discussionFor(CommentableItem.Kind kind, long itemId) {
        return new CommentThread(comments, clock, kind, itemId);
    }
}
