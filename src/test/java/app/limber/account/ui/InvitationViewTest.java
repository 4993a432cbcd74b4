package app.limber.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.limber.TestMailbox;
import app.limber.UiTest;
import app.limber.account.InvitationService;
import app.limber.account.Role;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

class InvitationViewTest extends UiTest {

    @RegisterExtension
    static TestMailbox smtp = new TestMailbox();

    @Autowired
    InvitationService invitations;

    String token;

    @BeforeEach
    void anInvitation() {
        actAs(accounts.create(java.util.Set.of(Role.ADMIN)));
        invitations.invite("lee@example.test", "Lee Novak");
        logout();
        String body = GreenMailUtil.getBody(smtp.getReceivedMessages()[0]).replace("=\r\n", "");
        Matcher link = Pattern.compile("/invitation\\?token=([A-Za-z0-9_-]+)").matcher(body);
        assertThat(link.find()).isTrue();
        token = link.group(1);
    }

    @Test
    void theInviteeChoosesAPasswordOnceWithThePasswordPolicyAtTheField() {
        navigateTo("invitation?token=" + token);
        assertThat(_get(H1.class).getText()).isEqualTo("Welcome, Lee Novak");
        PasswordField password = _get(PasswordField.class);
        password.setValue("password1");
        _click(_get(Button.class, spec -> spec.withText("Set password")));
        assertThat(password.isInvalid()).isTrue();

        password.setValue("calves loosen on the long run");
        _click(_get(Button.class, spec -> spec.withText("Set password")));
        assertThat(_get(H1.class).getText()).isEqualTo("You're all set");

        navigateTo("invitation?token=" + token);
        assertThat(_get(H1.class).getText()).isEqualTo("This invitation no longer works");
    }

    @Test
    void anExpiredInvitationSaysSo() {
        clock.advance(InvitationService.VALID_FOR.plusSeconds(1));
        navigateTo("invitation?token=" + token);
        assertThat(_get(H1.class).getText()).isEqualTo("This invitation no longer works");
    }
}
