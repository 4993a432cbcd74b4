package app.limber.progress.ui;

import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** Reads the server-built markup of a {@link Markup} as a browser would, and clicks its buttons. */
final class MarkupInTests {

    private MarkupInTests() {
    }

    /** The markup parsed, with its own element as the root. */
    static Element parsed(Markup markup) {
        String tag = markup.getElement().getTag();
        return Jsoup.parseBodyFragment("<" + tag + ">" + markup.content() + "</" + tag + ">").body().child(0);
    }

    /** The text a screen reader would read (hidden words included). */
    static String text(Markup markup) {
        return parsed(markup).text();
    }

    static List<Element> select(Markup markup, String css) {
        return parsed(markup).select(css);
    }

    /** Opens a native details element as the browser does: its "open" property and the toggle event. */
    static void open(com.vaadin.flow.component.html.NativeDetails details) {
        details.setOpen(true);
        com.vaadin.flow.component.ComponentUtil.fireEvent(details,
                new com.vaadin.flow.component.html.NativeDetails.ToggleEvent(details, true));
    }

    /** Clicks the button inside with this aria-label, the way the browser reports it: the button's data-id. */
    static void click(Markup markup, String ariaLabel) {
        Element button = parsed(markup).selectFirst("button[aria-label=\"" + ariaLabel + "\"]");
        if (button == null) {
            throw new AssertionError("no button labelled \"" + ariaLabel + "\" in " + markup.content());
        }
        fire(markup, button);
    }

    /** Clicks the button inside whose text is this (for a button without an aria-label). */
    static void clickText(Markup markup, String text) {
        Element button = parsed(markup).select("button").stream().filter(found -> found.text().equals(text))
                .findFirst().orElseThrow(() -> new AssertionError("no button \"" + text + "\" in " + markup.content()));
        fire(markup, button);
    }

    private static void fire(Markup markup, Element button) {
        var data = JacksonUtils.createObjectNode();
        data.put(Markup.CLICKED_ID, button.attr("data-id"));
        data.put(Markup.ON_BUTTON, true);
        markup.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(markup.getElement(), "click", data));
    }
}
