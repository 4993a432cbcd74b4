package app.limber.admin.ui;

import app.limber.admin.MemberImport;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;

/** An earlier (or still running) member import, opened from the members page or the "finished" email's link. */
class ImportReportDialog extends Dialog {

    final ImportReport importReport;

    ImportReportDialog(MemberImport imports, long importId, Runnable onInvited) {
        setHeaderTitle("Member import");
        addClassName("import-report-dialog");
        setWidth("min(56rem, 100vw)");
        importReport = new ImportReport(imports, onInvited);
        add(importReport);
        getFooter().add(new Button("Close", event -> close()));
        importReport.show(importId);
    }
}
