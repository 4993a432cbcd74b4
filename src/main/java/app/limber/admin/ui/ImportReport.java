package app.limber.admin.ui;

import app.limber.admin.MemberImport;
import app.limber.admin.MemberImport.ImportProgress;
import app.limber.admin.MemberImport.RowReport;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;

/**
 * One member import as it runs in the background: a progress bar with "812 of 2,000 rows" (the page polls every
 * second while it is shown), then the summary and the row-by-row report, paged lazily from the stored rows.
 */
class ImportReport extends Div {

    static final int PAGE_SIZE = 50;
    static final int POLL_MILLIS = 1000;

    private final MemberImport imports;
    private final Runnable onFinished;
    final ProgressBar bar = new ProgressBar();
    final Paragraph progress = new Paragraph();
    final Paragraph summary = new Paragraph();
    final Grid<RowReport> report = new Grid<>();
    private @Nullable Long importId;
    private @Nullable Registration polling;
    private boolean finished;

    ImportReport(MemberImport imports, Runnable onFinished) {
        this.imports = imports;
        this.onFinished = onFinished;
        addClassName("import-report");
        progress.addClassName("import-progress");
        report.addColumn(RowReport::line).setHeader("Line").setAutoWidth(true);
        report.addColumn(RowReport::name).setHeader("Name").setAutoWidth(true);
        report.addColumn(RowReport::email).setHeader("Email").setAutoWidth(true);
        report.addColumn(row -> row.result().label()).setHeader("Result").setAutoWidth(true);
        report.addColumn(RowReport::message).setHeader("Details").setFlexGrow(2);
        report.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        report.setPageSize(PAGE_SIZE);
        report.setHeight("24rem");
        setVisible(false);
        add(bar, progress, summary, report);
    }

    /** Shows this import: its progress while it runs, its report once it is finished. */
    void show(long id) {
        importId = id;
        finished = false;
        setVisible(true);
        refresh();
    }

    /** Reads where the import stands (each poll does this). */
    void refresh() {
        Long id = importId;
        if (id == null || finished) {
            return;
        }
        ImportProgress now = imports.progress(id);
        if (!now.finished()) {
            bar.setVisible(true);
            bar.setValue(now.total() == 0 ? 0 : (double) now.processed() / now.total());
            progress.setText("Importing in the background: %,d of %,d rows. You may leave this page; you will get an "
                    .formatted(now.processed(), now.total()) + "email when it is finished.");
            summary.setVisible(false);
            report.setVisible(false);
            startPolling();
            return;
        }
        finished = true;
        stopPolling();
        bar.setVisible(false);
        progress.setText("Import of %s finished: %,d rows.".formatted(now.fileName(), now.total()));
        summary.setText("%,d invited, %,d already members, %,d with problems.".formatted(now.invited(),
                now.skipped(), now.invalid()));
        summary.setVisible(true);
        report.setItems(query -> imports.report(id, query.getOffset(), query.getLimit()).stream(),
                query -> imports.reportSize(id));
        report.setVisible(true);
        if (now.invited() > 0) {
            onFinished.run();
        }
    }

    private void startPolling() {
        if (polling == null) {
            getUI().or(() -> java.util.Optional.ofNullable(UI.getCurrent())).ifPresent(ui -> {
                ui.setPollInterval(POLL_MILLIS);
                polling = ui.addPollListener(event -> refresh());
            });
        }
    }

    private void stopPolling() {
        if (polling != null) {
            polling.remove();
            polling = null;
            getUI().or(() -> java.util.Optional.ofNullable(UI.getCurrent())).ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopPolling();
        super.onDetach(event);
    }
}
