package app.limber.community.ui;

import app.limber.account.SignedInPerson;
import app.limber.community.QueueRow;
import app.limber.community.StatusChange;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Consumer;

/** The cells of the moderation grid. Everything a commenter typed is shown as text; no link in here is clickable. */
final class QueueCells {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
            FormatStyle.SHORT);

    private QueueCells() {
    }

    static Div author(QueueRow row) {
        Div cell = new Div();
        cell.addClassName("queue-author");
        Span name = new Span(row.authorName());
        name.addClassName("queue-author-name");
        cell.add(name);
        if (row.member()) {
            Span member = new Span("member");
            member.addClassName("comment-badge");
            cell.add(member);
        }
        if (row.email() != null && !row.email().isBlank()) {
            cell.add(email(row.email()));
        }
        line(cell, "queue-website", row.website());
        line(cell, "queue-ip", row.ipAddress() == null ? null : "IP " + row.ipAddress());
        return cell;
    }

    static Div comment(QueueRow row) {
        Div cell = new Div();
        cell.addClassName("queue-comment");
        if (row.reply()) {
            Span reply = new Span("Reply");
            reply.addClassName("comment-badge");
            cell.add(reply);
        }
        line(cell, "queue-why", row.why());
        Div text = new Div();
        text.addClassName("queue-text");
        text.setText(row.text());
        cell.add(text);
        if (!row.links().isEmpty()) {
            Div links = new Div();
            links.addClassName("queue-links");
            links.add(new Span(row.links().size() == 1 ? "1 link:" : row.links().size() + " links:"));
            UnorderedList list = new UnorderedList();
            row.links().forEach(link -> list.add(new ListItem(link)));
            links.add(list);
            cell.add(links);
        }
        return cell;
    }

    static Div item(QueueRow row, Consumer<QueueRow> filterByItem) {
        Div cell = new Div();
        cell.addClassName("queue-item");
        if (row.itemPath() == null) {
            cell.add(new Span(row.itemTitle()));
        } else {
            cell.add(new Anchor(row.itemPath() + "#comment-" + row.id(), row.itemTitle(), AnchorTarget.BLANK));
        }
        Button only = new Button("Only this " + row.itemKind().label().toLowerCase(), event -> filterByItem.accept(row));
        only.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        cell.add(only);
        return cell;
    }

    /**
     * An email address that may wrap only where a reader expects it (before the @, after a dot), never inside a word;
     * the cells are wide enough for the usual parts.
     */
    static Div email(String address) {
        Div email = new Div();
        email.addClassName("queue-email");
        email.getElement().setAttribute("title", address);
        for (String part : address.split("(?=@)|(?<=\\.)")) {
            if (email.getElement().getChildCount() > 0) {
                email.getElement().appendChild(new Element("wbr"));
            }
            email.getElement().appendChild(Element.createText(part));
        }
        return email;
    }

    /** When the comment was posted, in the moderator's time zone. */
    static String submitted(QueueRow row) {
        return WHEN.withZone(SignedInPerson.currentZone()).format(row.postedAt());
    }

    static Div history(List<StatusChange> changes) {
        Div cell = new Div();
        cell.addClassName("queue-history");
        UnorderedList list = new UnorderedList();
        for (StatusChange change : changes) {
            String when = WHEN.withZone(SignedInPerson.currentZone()).format(change.at());
            String what = change.from() == null
                    ? when + " · posted as " + change.to().label() + " (" + change.actorName() + ")"
                    : when + " · " + change.actorName() + ": " + change.from().label() + " → " + change.to().label();
            list.add(new ListItem(change.why().isEmpty() ? what : what + " — " + change.why()));
        }
        cell.add(new Span("History"), list);
        return cell;
    }

    private static void line(Div cell, String className, @org.jspecify.annotations.Nullable String value) {
        if (value != null && !value.isBlank()) {
            Div line = new Div();
            line.addClassName(className);
            line.setText(value);
            cell.add(line);
        }
    }
}
