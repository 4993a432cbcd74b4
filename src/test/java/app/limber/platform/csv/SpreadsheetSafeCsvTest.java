package app.limber.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetSafeCsvTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+2", "+1", "-1", "@A1", "\tx", "\rx"})
    void aCellStartingLikeAFormulaGetsALeadingApostrophe(String cell) {
        assertThat(SpreadsheetSafeCsv.neutralise(cell)).isEqualTo("'" + cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Sam Rivera", "sam@example.test", "2026-01-01T00:00:00Z", "'quoted", " =spaced"})
    void otherCellsAreLeftAlone(String cell) {
        assertThat(SpreadsheetSafeCsv.neutralise(cell)).isEqualTo(cell);
    }

    @Test
    void rowsAreQuotedAsRfc4180AndNullsAreEmpty() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var csv = SpreadsheetSafeCsv.writeTo(out, "name", "note")) {
            csv.row("Lee, \"Speedy\"", null);
            csv.row("=HYPERLINK(\"http://x\")", "ok");
        }
        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly("name,note",
                "\"Lee, \"\"Speedy\"\"\",", "\"'=HYPERLINK(\"\"http://x\"\")\",ok");
    }
}
