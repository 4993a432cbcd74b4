package app.limber.content.ui;

import app.limber.content.PublishableDraft;
import app.limber.content.PublishingStatus;
import app.limber.ChangedBySomeoneElseException;
import app.limber.account.SignedInPerson;
import app.limber.content.PublishingWorkflow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** Publish now, schedule, archive or return to draft, for routines and articles alike; unsaved edits are saved first. */
public class PublishingActions<D extends PublishableDraft> extends Span {

    private final PublishingWorkflow<D> workflow;
    private final Supplier<@Nullable D> saveFirst;
    private final Consumer<D> onChanged;
    private final Button publish = new Button("Publish now");
    private final Button schedule = new Button("Schedule…");
    private final Button archive = new Button("Archive");
    private final Button backToDraft = new Button("Back to draft");

    public PublishingActions(PublishingWorkflow<D> workflow, Supplier<@Nullable D> saveFirst, Consumer<D> onChanged) {
        this.workflow = workflow;
        this.saveFirst = saveFirst;
        this.onChanged = onChanged;
        addClassName("publishing-actions");
        publish.addClickListener(e -> run(d -> workflow.publishNow(d.getId(), d.getVersion()), "Published"));
        schedule.addClickListener(e -> openScheduleDialog());
        archive.addClickListener(e -> run(d -> workflow.archive(d.getId(), d.getVersion()), "Archived"));
        backToDraft.addClickListener(e -> run(d -> workflow.backToDraft(d.getId(), d.getVersion()), "Back to draft"));
        add(publish, schedule, archive, backToDraft);
    }

    public void showFor(D draft) {
        PublishingStatus status = draft.getStatus();
        publish.setVisible(status != PublishingStatus.PUBLISHED);
        schedule.setVisible(status == PublishingStatus.DRAFT || status == PublishingStatus.SCHEDULED);
        archive.setVisible(status == PublishingStatus.PUBLISHED || status == PublishingStatus.SCHEDULED);
        backToDraft.setVisible(status != PublishingStatus.DRAFT);
    }

    private void run(Function<D, D> action, String done) {
        D saved = saveFirst.get();
        if (saved == null) {
            return;
        }
        try {
            onChanged.accept(action.apply(saved));
            Notices.show(done, NotificationVariant.LUMO_SUCCESS);
        } catch (ChangedBySomeoneElseException | IllegalArgumentException refused) {
            Notices.show(refused.getMessage(), NotificationVariant.LUMO_ERROR);
        }
    }

    private void openScheduleDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Publish at");
        DateTimePicker when = new DateTimePicker("Date and time");
        ZoneId zone = SignedInPerson.currentZone();
        when.setMin(LocalDateTime.now(zone));
        when.setValue(LocalDateTime.now(zone).plusDays(1).withMinute(0).withSecond(0).withNano(0));
        when.setHelperText("Your time zone: " + zone.getId() + " (change it under My account)");
        dialog.add(when);
        Button confirm = new Button("Schedule", e -> {
            if (when.getValue() == null || when.isInvalid()) {
                when.setErrorMessage("Choose a date and time in the future");
                when.setInvalid(true);
                return;
            }
            run(d -> workflow.schedule(d.getId(), d.getVersion(), when.getValue().atZone(zone)
                    .toInstant()), "Scheduled");
            dialog.close();
        });
        confirm.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), confirm);
        dialog.open();
    }
}
