package app.limber.progress.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.limber.UiTest;
import app.limber.account.Role;
import app.limber.progress.SelfTestService;
import app.limber.progress.SelfTestSummary;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class SelfTestListViewTest extends UiTest {

    @Autowired
    SelfTestService selfTests;

    @BeforeEach
    void maya() {
        loginAs(accounts.create("maya@example.test", "Maya Lindqvist", Set.of(Role.INSTRUCTOR)));
    }

    private TextField field(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }

    @SuppressWarnings("unchecked")
    private Grid<SelfTestSummary> grid() {
        return _get(Grid.class);
    }

    @Test
    void anInstructorAddsASelfTestAndSeesItInTheList() {
        navigateTo("studio/self-tests");
        _click(_get(Button.class, spec -> spec.withText("New self-test")));
        field("Name").setValue("Knee-to-wall");
        field("Unit").setValue("cm");
        _get(Checkbox.class, spec -> spec.withLabel("Measured for the left and right side separately")).setValue(true);
        _get(BigDecimalField.class, spec -> spec.withLabel("Lowest possible value")).setValue(BigDecimal.ZERO);
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._get(grid(), 0).name()).isEqualTo("Knee-to-wall");
        assertThat(GridKt._get(grid(), 0).perSide()).isTrue();
    }

    @Test
    void aMissingNameAndABackwardsRangeAreShownAtTheFields() {
        navigateTo("studio/self-tests");
        _click(_get(Button.class, spec -> spec.withText("New self-test")));
        field("Unit").setValue("score");
        _get(BigDecimalField.class, spec -> spec.withLabel("Lowest possible value")).setValue(BigDecimal.TEN);
        _get(BigDecimalField.class, spec -> spec.withLabel("Highest possible value")).setValue(BigDecimal.ONE);
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(field("Name").isInvalid()).isTrue();
        assertThat(field("Name").getErrorMessage()).isEqualTo("Give the self-test a name");
        BigDecimalField max = _get(BigDecimalField.class, spec -> spec.withLabel("Highest possible value"));
        assertThat(max.isInvalid()).isTrue();
        assertThat(max.getErrorMessage()).isEqualTo("The highest value must be above the lowest");
        assertThat(selfTests.count("")).isZero();
    }

    @Test
    void anInstructorEditsTheirSelfTestFromTheList() {
        navigateTo("studio/self-tests");
        _click(_get(Button.class, spec -> spec.withText("New self-test")));
        field("Name").setValue("Toe stiffness");
        field("Unit").setValue("score");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        GridKt._clickItem(grid(), 0);
        field("Unit").setValue("0-10 score");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(selfTests.list("", PageRequest.of(0, 10))).extracting(SelfTestSummary::unit)
                .containsExactly("0-10 score");
    }

    @Test
    void anotherInstructorDoesNotSeeThem() {
        navigateTo("studio/self-tests");
        _click(_get(Button.class, spec -> spec.withText("New self-test")));
        field("Name").setValue("Toe stiffness");
        field("Unit").setValue("score");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        loginAs(Role.INSTRUCTOR);
        navigateTo("studio/self-tests");
        assertThat(GridKt._size(grid())).isZero();
    }
}
