package app.limber.admin;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Splits an uploaded CSV file into its lines and reads each line on its own, so that one broken line (an unbalanced
 * quote, bytes that are not UTF-8) is reported with its number while every other line is still read. A line break
 * inside quotes is therefore not supported: one person, one line.
 */
final class MemberImportFile {

    /** One non-empty line: its number in the file (from 1) and its fields, or why it could not be read. */
    record Line(int number, List<String> fields, @Nullable String problem) {

        String field(int index) {
            return index < fields.size() ? fields.get(index) : "";
        }
    }

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setTrim(true).get();
    private static final int SNIPPET_MAX = 80;

    private MemberImportFile() {
    }

    /** The file's non-empty lines, without a leading {@code name,email[,program]} header line. */
    static List<Line> read(byte[] content) {
        List<Line> lines = new ArrayList<>();
        int start = startAfterByteOrderMark(content);
        int number = 1;
        for (int i = start; i <= content.length; i++) {
            if (i == content.length || content[i] == '\n') {
                int end = i > start && content[i - 1] == '\r' ? i - 1 : i;
                Line line = readLine(number, ByteBuffer.wrap(content, start, end - start));
                if (line != null && !(lines.isEmpty() && line.problem() == null && isHeader(line))) {
                    lines.add(line);
                }
                number++;
                start = i + 1;
            }
        }
        return lines;
    }

    private static @Nullable Line readLine(int number, ByteBuffer bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes.duplicate()).toString();
        } catch (CharacterCodingException notUtf8) {
            return new Line(number, List.of(), "This line is not UTF-8 text: " + snippet(lenient(bytes))
                    + " Save the file as UTF-8 (\"CSV UTF-8\") and import this person again.");
        }
        if (text.isBlank()) {
            return null;
        }
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            List<CSVRecord> records = parser.getRecords();
            List<String> fields = records.isEmpty() ? List.of() : records.getFirst().toList().stream()
                    .map(String::strip).toList();
            return new Line(number, fields, null);
        } catch (IOException | UncheckedIOException | IllegalStateException unreadable) {
            return new Line(number, List.of(), "A quote (\") is unbalanced or misplaced in " + snippet(text)
                    + ". Put a field with a comma in double quotes, and double any quote inside it.");
        }
    }

    private static boolean isHeader(Line line) {
        return line.fields().size() >= 2 && line.field(0).toLowerCase(Locale.ROOT).equals("name")
                && line.field(1).toLowerCase(Locale.ROOT).equals("email");
    }

    private static int startAfterByteOrderMark(byte[] content) {
        return content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
    }

    private static String lenient(ByteBuffer bytes) {
        return StandardCharsets.UTF_8.decode(bytes.duplicate()).toString();
    }

    private static String snippet(String text) {
        String shown = text.strip();
        return "«" + (shown.length() <= SNIPPET_MAX ? shown : shown.substring(0, SNIPPET_MAX) + "…") + "»";
    }
}
