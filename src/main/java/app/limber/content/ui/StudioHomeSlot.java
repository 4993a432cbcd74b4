package app.limber.content.ui;

import com.vaadin.flow.component.Component;

/**
 * What the studio home shows under its heading. The content feature must not know the coaching feature, so the
 * studio home asks for an implementation (the coaching dashboard) and shows its welcome when there is none.
 */
public interface StudioHomeSlot {

    /** The component for the instructor of the current browser tab. */
    Component studioHome();
}
