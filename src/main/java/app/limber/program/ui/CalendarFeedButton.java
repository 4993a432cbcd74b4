package app.limber.program.ui;

import app.limber.program.CalendarFeedService;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;

/**
 * "Add to calendar": a secret feed address for the runner's calendar app, shown once when made (only its hash is
 * kept), with a new address or turning the feed off at any time.
 */
class CalendarFeedButton extends Composite<Div> {

    private final long enrolmentId;
    private final CalendarFeedService feeds;
    private boolean on;

    CalendarFeedButton(long enrolmentId, boolean on, CalendarFeedService feeds) {
        this.enrolmentId = enrolmentId;
        this.on = on;
        this.feeds = feeds;
        Button open = new Button("Add to calendar", event -> openDialog());
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        open.addClassName("calendar-feed");
        getContent().add(open);
    }

    private void openDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Sessions in your calendar");
        dialog.addClassName("calendar-feed-dialog");
        Div body = new Div();
        dialog.add(body);
        showState(dialog, body, null);
        dialog.getFooter().add(new Button("Close", event -> dialog.close()));
        dialog.open();
    }

    private void showState(Dialog dialog, Div body, @Nullable String address) {
        body.removeAll();
        if (address != null) {
            TextField field = new TextField("Subscribe to this address in your calendar app");
            field.setValue(address);
            field.setReadOnly(true);
            field.setWidthFull();
            field.addClassName("feed-address");
            Button copy = new Button("Copy", event -> field.getElement()
                    .executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", address));
            body.add(new Paragraph("Keep this address to yourself: anyone who has it sees your schedule. "
                    + "It is shown only now."), field, copy);
        } else if (on) {
            body.add(new Paragraph("Your calendar feed is on. Lost its address? Make a new one; the old one "
                    + "stops working."));
        } else {
            body.add(new Paragraph("Make a private address that calendar apps (phone, Google, Outlook) can "
                    + "subscribe to: each session shows on its day."));
        }
        Button make = new Button(on ? "New address" : "Make address", event -> {
            String made = feeds.newAddress(enrolmentId);
            on = true;
            showState(dialog, body, made);
        });
        make.addClassName("make-address");
        make.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        body.add(make);
        if (on) {
            Button revoke = new Button("Turn off", event -> {
                feeds.revoke(enrolmentId);
                on = false;
                showState(dialog, body, null);
            });
            revoke.addClassName("revoke-address");
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            body.add(revoke);
        }
    }
}
