package app.limber.content.ui;

import app.limber.content.PublishingStatus;
import app.limber.content.RoutineDraft;
import app.limber.content.RoutineService;
import app.limber.ChangedBySomeoneElseException;
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

/** Publish now, schedule, archive or return to draft; unsaved edits are saved first. */
class PublishingActions extends Span {

    private final RoutineService routines;
    private final Supplier<@Nullable RoutineDraft> saveFirst;
    private final Consumer<RoutineDraft> onChanged;
    private final Button publish = new Button("Publish now");
    private final Button schedule = new Button("Schedule…");
    private final Button archive = new Button("Archive");
    private final Button backToDraft = new Button("Back to draft");

    PublishingActions(RoutineService routines, Supplier<@Nullable RoutineDraft> saveFirst,
            Consumer<RoutineDraft> onChanged) {
        this.routines = routines;
        this.saveFirst = saveFirst;
        this.onChanged = onChanged;
        addClassName("publishing-actions");
        publish.addClickListener(e -> run(d -> routines.publishNow(d.getId(), d.getVersion()), "Published"));
        schedule.addClickListener(e -> openScheduleDialog());
        archive.addClickListener(e -> run(d -> routines.archive(d.getId(), d.getVersion()), "Archived"));
        backToDraft.addClickListener(e -> run(d -> routines.backToDraft(d.getId(), d.getVersion()), "Back to draft"));
        add(publish, schedule, archive, backToDraft);
    }

    void showFor(RoutineDraft draft) {
        PublishingStatus status = draft.getStatus();
        publish.setVisible(status != PublishingStatus.PUBLISHED);
        schedule.setVisible(status == PublishingStatus.DRAFT || status == PublishingStatus.SCHEDULED);
        archive.setVisible(status == PublishingStatus.PUBLISHED || status == PublishingStatus.SCHEDULED);
        backToDraft.setVisible(status != PublishingStatus.DRAFT);
    }

    private void run(Function<RoutineDraft, RoutineDraft> action, String done) {
        RoutineDraft saved = saveFirst.get();
        if (saved == null) {
            return;
        }
        try {
            onChanged.accept(action.apply(saved));
            RoutineEditorView.notify(done, NotificationVariant.LUMO_SUCCESS);
        } catch (ChangedBySomeoneElseException | IllegalArgumentException refused) {
            RoutineEditorView.notify(refused.getMessage(), NotificationVariant.LUMO_ERROR);
        }
    }

    private void openScheduleDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Publish at");
        DateTimePicker when = new DateTimePicker("Date and time");
        when.setMin(LocalDateTime.now());
        when.setValue(LocalDateTime.now().plusDays(1).withMinute(0).withSecond(0).withNano(0));
        when.setHelperText("Time zone: " + ZoneId.systemDefault().getId());
        dialog.add(when);
        Button confirm = new Button("Schedule", e -> {
            if (when.getValue() == null || when.isInvalid()) {
                when.setErrorMessage("Choose a date and time in the future");
                when.setInvalid(true);
                return;
            }
            run(d -> routines.schedule(d.getId(), d.getVersion(), when.getValue().atZone(ZoneId.systemDefault())
                    .toInstant()), "Scheduled");
            dialog.close();
        });
        confirm.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), confirm);
        dialog.open();
    }
}
