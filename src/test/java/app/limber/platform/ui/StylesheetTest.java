package app.limber.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The stylesheet is edited by several hands; a lost brace silently swallows every rule after it. */
class StylesheetTest {

    @Test
    void bracesBalanceAndNoMergeMarkersRemain() throws IOException {
        String css;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/resources/styles/limber.css")) {
            assertThat(in).as("limber.css on the classpath").isNotNull();
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        }
        int depth = 0;
        int line = 1;
        for (char c : css.toCharArray()) {
            if (c == '\n') {
                line++;
            }
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            assertThat(depth).as("brace depth at line %d", line).isBetween(0, 2);
        }
        assertThat(depth).as("every block is closed").isZero();
        assertThat(css).doesNotContain("<<<<<<<", ">>>>>>>", "=======");
    }
}
