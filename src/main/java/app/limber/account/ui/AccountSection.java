package app.limber.account.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A section another feature adds to the account page (for example an instructor's public profile), so that the
 * account feature needn't know the others. Implementations are Spring beans; each call makes new components.
 */
public interface AccountSection {

    /** The section for the signed-in person, or empty when it isn't for them. */
    Optional<Component> create();
}
