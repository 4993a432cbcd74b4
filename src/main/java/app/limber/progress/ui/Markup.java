package app.limber.progress.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import java.util.function.LongConsumer;
import org.springframework.web.util.HtmlUtils;

/**
 * Read-only markup built on the server and sent as the inner HTML of one element: a table of thirty rows costs one
 * state node instead of a hundred components, on the server and in every response. Text from people is escaped with
 * {@link #escape}; the only actions inside are plain buttons carrying a {@code data-id}, all handled by one listener
 * ({@link #onButton}).
 */
final class Markup extends Component {

    /** The id of the button clicked, read in the browser; absent when the click was not on such a button. */
    static final String CLICKED_ID = "event.target.closest('button[data-id]')?.dataset.id";
    /** Only clicks on such buttons make a round trip. */
    static final String ON_BUTTON = CLICKED_ID + " != null";

    Markup(String tag, String className, String innerHtml) {
        super(new Element(tag));
        getElement().getClassList().add(className);
        setContent(innerHtml);
    }

    void setContent(String innerHtml) {
        getElement().setProperty("innerHTML", innerHtml);
    }

    /**
     * Moves the keyboard focus to the element inside that matches the CSS selector, once the browser has the new
     * content: replacing the inner HTML replaces the button that was clicked, and the focus would fall to the page.
     */
    void focus(String selector) {
        getElement().executeJs("this.querySelector($0)?.focus()", selector);
    }

    /** The inner HTML shown (for tests). */
    String content() {
        return getElement().getProperty("innerHTML", "");
    }

    /**
     * Calls {@code action} with the {@code data-id} of a button inside that is clicked (or chosen with the keyboard);
     * a click elsewhere sends nothing to the server. The id comes from the browser, so the action must treat it as a
     * request, checking that it is one of the rows shown.
     */
    void onButton(LongConsumer action) {
        getElement().addEventListener("click", event -> {
            var clicked = event.getEventData().get(CLICKED_ID);
            if (clicked != null && clicked.isString()) {
                try {
                    action.accept(Long.parseLong(clicked.asString()));
                } catch (NumberFormatException notAnId) {
                    // not a button of ours: nothing to do
                }
            }
        }).addEventData(CLICKED_ID).setFilter(ON_BUTTON);
    }

    static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }

    /**
     * An element with escaped text and optional attributes given as name, value pairs. Attribute values are quoted
     * with ' (the escaping covers it), which JSON carries as it is, where " would cost a backslash each.
     */
    static String element(String tag, String text, String... attributes) {
        StringBuilder html = new StringBuilder("<").append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            html.append(' ').append(attributes[i]).append("='").append(escape(attributes[i + 1])).append('\'');
        }
        return html.append('>').append(escape(text)).append("</").append(tag).append('>').toString();
    }
}
