package app.limber.community.ui;

import app.limber.community.CommentText;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;

/**
 * A comment's text as readers see it: plain text (never HTML), line breaks kept, web addresses as links that search
 * engines don't follow and that open in a new tab without access to this page.
 */
class CommentBody extends Div {

    static final String LINK_REL = "nofollow ugc noopener";

    CommentBody(String text) {
        addClassName("comment-text");
        for (CommentText.Part part : CommentText.parts(text)) {
            if (part.link()) {
                add(link(part.href(), part.text()));
            } else {
                addWithLineBreaks(part.text());
            }
        }
    }

    /** A link to a commenter's address; only http(s) addresses ever get here. */
    static Anchor link(String href, String text) {
        Anchor anchor = new Anchor(href, text, AnchorTarget.BLANK);
        anchor.getElement().setAttribute("rel", LINK_REL);
        return anchor;
    }

    private void addWithLineBreaks(String text) {
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                getElement().appendChild(new Element("br"));
            }
            if (!lines[i].isEmpty()) {
                add(new Text(lines[i]));
            }
        }
    }
}
