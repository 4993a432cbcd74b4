package app.limber;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker/compose.yaml hands the container everything it needs to send working emails, and stops with a clear message
 * (Compose's {@code ${VAR:?message}}) when a required setting is missing, instead of mailing localhost:25 with
 * localhost:8080 links. No Docker engine is needed: the file is read as YAML and its interpolations are checked
 * against the Compose specification's forms.
 */
class DockerComposeTest {

    /** The interpolation forms of the Compose specification: direct, default, required and alternative values. */
    private static final Pattern INTERPOLATION =
            Pattern.compile("\\$\\{([_A-Za-z][_A-Za-z0-9]*)(?:(:?[-?+])([^}]*))?}");

    private static Map<String, Object> appEnvironment;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void readTheComposeFile() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("docker/compose.yaml"))) {
            Map<String, Object> compose = new Yaml().load(in);
            Map<String, Object> services = (Map<String, Object>) compose.get("services");
            appEnvironment = (Map<String, Object>) ((Map<String, Object>) services.get("app")).get("environment");
        }
    }

    private static Matcher interpolationOf(String variable) {
        Object value = appEnvironment.get(variable);
        assertThat(value).as("%s is passed to the app", variable).isInstanceOf(String.class);
        Matcher matcher = INTERPOLATION.matcher((String) value);
        assertThat(matcher.matches()).as("%s is one Compose interpolation: %s", variable, value).isTrue();
        assertThat(matcher.group(1)).as("%s comes from the variable of the same name", variable).isEqualTo(variable);
        return matcher;
    }

    @Test
    void thePublicAddressTheMailServerAndTheSenderAreRequiredWithAMessage() {
        for (String variable : new String[] {"LIMBER_PUBLIC_URL", "SMTP_HOST", "LIMBER_MAIL_FROM"}) {
            Matcher required = interpolationOf(variable);
            assertThat(required.group(2)).as("%s fails when unset or empty", variable).isEqualTo(":?");
            assertThat(required.group(3)).as("the message names %s", variable).startsWith("set " + variable + " to ");
        }
    }

    @Test
    void theOtherMailSettingsArePassedWithTheAppsOwnDefaults() {
        assertThat(interpolationOf("SMTP_PORT").group(3)).isEqualTo("25");
        assertThat(interpolationOf("SMTP_STARTTLS").group(3)).isEqualTo("false");
        for (String variable : new String[] {"SMTP_USERNAME", "SMTP_PASSWORD"}) {
            Matcher optional = interpolationOf(variable);
            assertThat(optional.group(2)).as(variable).isEqualTo(":-");
            assertThat(optional.group(3)).as("%s is empty unless given", variable).isEmpty();
        }
    }
}
