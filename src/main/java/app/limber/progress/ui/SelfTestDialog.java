package app.limber.progress.ui;

import app.limber.ChangedBySomeoneElseException;
import app.limber.content.ui.Notices;
import app.limber.progress.SelfTestDraft;
import app.limber.progress.SelfTestService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.function.SerializableConsumer;
import jakarta.validation.ConstraintViolationException;

/**
 * Creates or edits one self-test. Messages appear at the fields; a save over someone else's newer change is refused
 * and the dialog stays open with the instructor's input.
 */
class SelfTestDialog extends Dialog {

    private final BeanValidationBinder<SelfTestDraft> binder = new BeanValidationBinder<>(SelfTestDraft.class);
    private final BigDecimalField maxValue = new BigDecimalField("Highest possible value");

    SelfTestDialog(SelfTestService selfTests, SelfTestDraft draft, SerializableConsumer<SelfTestDraft> saved) {
        setHeaderTitle(draft.isNew() ? "New self-test" : "Edit " + draft.getName());
        addClassName("self-test-dialog");

        TextField name = new TextField("Name");
        name.setMaxLength(SelfTestDraft.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        name.setPlaceholder("Knee-to-wall");
        TextArea instructions = new TextArea("How to do it");
        instructions.setMaxLength(SelfTestDraft.INSTRUCTIONS_MAX);
        instructions.setHelperText("What to do and what to measure, in a few sentences.");
        TextField unit = new TextField("Unit");
        unit.setMaxLength(SelfTestDraft.UNIT_MAX);
        unit.setRequiredIndicatorVisible(true);
        unit.setPlaceholder("cm");
        unit.setHelperText("What the number means: cm, degrees, a 0-10 score…");
        RadioButtonGroup<Boolean> better = new RadioButtonGroup<>("Better is");
        better.setItems(true, false);
        better.setItemLabelGenerator(higher -> higher ? "A higher value" : "A lower value");
        Checkbox perSide = new Checkbox("Measured for the left and right side separately");
        BigDecimalField minValue = new BigDecimalField("Lowest possible value");
        minValue.setHelperText("Optional; e.g. 0");
        maxValue.setHelperText("Optional; e.g. 10 for a 0-10 score");
        Checkbox active = new Checkbox("Active: runners can record new results");

        binder.forField(name).bind("name");
        binder.forField(instructions).bind("instructions");
        binder.forField(unit).bind("unit");
        binder.forField(better).asRequired().bind(SelfTestDraft::isHigherIsBetter, SelfTestDraft::setHigherIsBetter);
        binder.forField(perSide).bind("perSide");
        binder.forField(minValue).bind("minValue");
        Binder.Binding<SelfTestDraft, ?> max = binder.forField(maxValue)
                .withValidator(Validator.from(value -> SelfTestDraft.rangeProblem(minValue.getValue(), value).isEmpty(),
                        context -> SelfTestDraft.rangeProblem(minValue.getValue(), maxValue.getValue()).orElse("")))
                .bind("maxValue");
        minValue.addValueChangeListener(event -> max.validate());
        binder.forField(active).bind("active");
        binder.readBean(draft);

        FormLayout form = new FormLayout(name, unit, instructions, better, perSide, minValue, maxValue, active);
        form.setColspan(instructions, 2);
        form.setColspan(perSide, 2);
        form.setColspan(active, 2);
        add(form);

        Button save = new Button("Save", event -> {
            if (!binder.writeBeanIfValid(draft)) {
                return;
            }
            try {
                SelfTestDraft result = selfTests.save(draft);
                close();
                saved.accept(result);
            } catch (ConstraintViolationException invalid) {
                binder.validate();
            } catch (ChangedBySomeoneElseException | IllegalArgumentException refused) {
                Notices.show(refused.getMessage(), NotificationVariant.LUMO_ERROR);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", event -> close()), save);
        name.focus();
    }
}
