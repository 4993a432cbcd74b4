package app.limber.coaching.ui;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;

/** Plain HTML tables with a caption and column headings, as the coaching pages list their numbers. */
final class Tables {

    private Tables() {
    }

    static NativeTable table(String caption, String... headings) {
        NativeTable table = new NativeTable();
        table.addClassName("coaching-table");
        table.setCaptionText(caption);
        NativeTableRow head = table.getHead().addRow();
        for (String heading : headings) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(heading);
            cell.getElement().setAttribute("scope", "col");
            head.add(cell);
        }
        return table;
    }

    static void cells(NativeTableRow row, String... texts) {
        for (String text : texts) {
            row.add(new NativeTableCell(text));
        }
    }
}
