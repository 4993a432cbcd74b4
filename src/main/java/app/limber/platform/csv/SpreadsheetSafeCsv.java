package app.limber.platform.csv;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * The one way the app writes CSV. Every text cell that a spreadsheet would read as a formula (it begins with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) gets a leading apostrophe, as OWASP's CSV
 * injection guidance says, so that a member named {@code =cmd|' /C calc'!A0} opens as that text and runs nothing.
 * Quoting and line breaks inside cells are Commons CSV's (RFC 4180). Output is UTF-8.
 */
public final class SpreadsheetSafeCsv implements Closeable, Flushable {

    private final CSVPrinter printer;

    private SpreadsheetSafeCsv(CSVPrinter printer) {
        this.printer = printer;
    }

    /** Starts a CSV on the stream with this header row. Closing the writer closes the stream. */
    public static SpreadsheetSafeCsv writeTo(OutputStream out, String... header) throws IOException {
        return new SpreadsheetSafeCsv(CSVFormat.DEFAULT.builder().setHeader(header).get()
                .print(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
    }

    /** Writes one row; {@code null} becomes an empty cell, other values their text (made formula-safe). */
    public void row(@Nullable Object... cells) throws IOException {
        List<String> safe = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            safe.add(neutralise(cell == null ? "" : cell.toString()));
        }
        printer.printRecord(safe);
    }

    /** The cell as a spreadsheet will show it without evaluating anything. */
    static String neutralise(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }

    @Override
    public void flush() throws IOException {
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
