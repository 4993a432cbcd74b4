/** CSV files the app writes, made safe to open in a spreadsheet: {@link app.limber.platform.csv.SpreadsheetSafeCsv}. */
@NullMarked
package app.limber.platform.csv;

import org.jspecify.annotations.NullMarked;
