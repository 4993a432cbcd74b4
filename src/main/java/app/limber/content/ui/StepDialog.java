package app.limber.content.ui;

import app.limber.content.Side;
import app.limber.content.StepDraft;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.function.Consumer;

/** Adds or edits one step; validation messages appear at the fields, and nothing changes until "Done". */
class StepDialog extends Dialog {

    private final BeanValidationBinder<StepDraft> binder = new BeanValidationBinder<>(StepDraft.class);
    private final StepDraft working;

    StepDialog(String title, StepDraft step, Consumer<StepDraft> onDone) {
        this.working = step.copy();
        setHeaderTitle(title);

        TextField name = new TextField("Name");
        name.setMaxLength(StepDraft.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        name.setPlaceholder("Toes tucked, sit back on heels");
        TextArea cue = new TextArea("Cue");
        cue.setMaxLength(StepDraft.CUE_MAX);
        cue.setHelperText("What to notice or adjust, in a sentence or two.");
        RadioButtonGroup<StepDraft.Measure> measure = new RadioButtonGroup<>("Hold for");
        measure.setItems(StepDraft.Measure.values());
        measure.setItemLabelGenerator(StepDraft.Measure::label);
        IntegerField amount = new IntegerField("How many");
        amount.setMin(1);
        amount.setMax(StepDraft.AMOUNT_MAX);
        amount.setStepButtonsVisible(true);
        Select<Side> side = new Select<>();
        side.setLabel("Side");
        side.setItems(Side.values());
        side.setItemLabelGenerator(Side::label);

        binder.forField(name).bind("name");
        binder.forField(cue).bind("cue");
        binder.forField(measure).bind("measure");
        binder.forField(amount).asRequired("Enter a number").bind("amount");
        binder.forField(side).bind("side");
        binder.readBean(working);

        FormLayout form = new FormLayout(name, cue, measure, amount, side);
        form.setColspan(name, 2);
        form.setColspan(cue, 2);
        add(form);

        Button done = new Button("Done", event -> {
            if (binder.writeBeanIfValid(working)) {
                onDone.accept(working);
                close();
            }
        });
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", event -> close());
        getFooter().add(cancel, done);
        name.focus();
    }
}
