package app.limber.progress.ui;

import app.limber.ChangedBySomeoneElseException;
import app.limber.content.Side;
import app.limber.content.ui.Notices;
import app.limber.progress.ResultEntry;
import app.limber.progress.ResultRefusedException;
import app.limber.progress.SelfTestCard;
import app.limber.progress.SelfTestService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Validator;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Records a new self-test result or changes one: the value (checked against the test's range), the side for a per-side
 * test, the day (today by default, never in the future) and a note. Messages appear at the fields. An existing result
 * can be deleted from here too.
 */
class ResultDialog extends Dialog {

    private final BeanValidationBinder<ResultEntry> binder = new BeanValidationBinder<>(ResultEntry.class);
    private final BigDecimalField value = new BigDecimalField("Value");
    private final RadioButtonGroup<Side> side = new RadioButtonGroup<>("Side");
    private final DatePicker day = new DatePicker("Day measured");
    private final TextArea note = new TextArea("Note");

    /**
     * @param delete what "Delete" does for a result that exists (asks first, then deletes); null for a new result,
     *               which has no "Delete"
     */
    ResultDialog(SelfTestService selfTests, SelfTestCard test, ResultEntry entry, Runnable saved,
            @Nullable Runnable delete) {
        setHeaderTitle((entry.isNew() ? "Record " : "Change ") + test.name());
        addClassName("result-dialog");
        LocalDate today = selfTests.todayForCaller();

        value.setRequiredIndicatorVisible(true);
        value.setSuffixComponent(new Span(test.unit()));
        value.setHelperText(test.rangeHint());
        side.setItems(test.sides());
        side.setItemLabelGenerator(Side::label);
        side.setVisible(test.perSide());
        day.setMax(today);
        day.setRequiredIndicatorVisible(true);
        note.setMaxLength(ResultEntry.NOTE_MAX);
        note.setHelperText("Optional: how it felt, what was different.");

        binder.forField(value)
                .withValidator(Validator.from(v -> test.valueProblem(v).isEmpty(),
                        context -> test.valueProblem(value.getValue()).orElse("")))
                .bind("value");
        binder.forField(side).asRequired("Choose a side").bind("side");
        binder.forField(day)
                .withValidator(Validator.from(d -> ResultEntry.dayProblem(d, today).isEmpty(),
                        context -> ResultEntry.dayProblem(day.getValue(), today).orElse("")))
                .bind("measuredOn");
        binder.forField(note).bind("note");
        binder.readBean(entry);

        if (!test.instructions().isBlank()) {
            Paragraph how = new Paragraph(test.instructions());
            how.addClassName("hint");
            add(how);
        }
        FormLayout form = new FormLayout(value, side, day, note);
        form.setColspan(note, 2);
        add(form);

        Button save = new Button(entry.isNew() ? "Record" : "Save", event -> {
            if (!binder.writeBeanIfValid(entry)) {
                return;
            }
            try {
                if (entry.isNew()) {
                    selfTests.record(entry);
                } else {
                    selfTests.update(entry);
                }
                close();
                saved.run();
            } catch (ResultRefusedException refused) {
                HasValidation field = switch (refused.field()) {
                    case VALUE -> value;
                    case SIDE -> side;
                    case DAY -> day;
                    case NOTE -> note;
                };
                field.setErrorMessage(refused.getMessage());
                field.setInvalid(true);
            } catch (ChangedBySomeoneElseException | IllegalArgumentException refused) {
                Notices.show(refused.getMessage(), NotificationVariant.LUMO_ERROR);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (delete != null) {
            Button remove = new Button("Delete", event -> {
                close();
                delete.run();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            remove.addClassName("delete-result");
            getFooter().add(remove);
        }
        getFooter().add(new Button("Cancel", event -> close()), save);
        value.focus();
    }
}
