package app.limber.admin.ui;

import app.limber.admin.MemberFilter;
import app.limber.admin.MemberSearch;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.List;
import java.util.function.Supplier;

/**
 * The members CSV as a download: the search service streams rows from the database straight into the response, so
 * 100,000 members are never held in memory at once. What to export (the filter, the selection) is read when the
 * download starts, from what the view last showed.
 */
final class ExportDownload implements DownloadHandler {

    /** What the grid shows at the moment: its filter, and the selected member ids (empty: all that match). */
    record Scope(MemberFilter filter, List<Long> selectedIds) {
    }

    private final MemberSearch members;
    private final Supplier<Scope> scope;

    ExportDownload(MemberSearch members, Supplier<Scope> scope) {
        this.members = members;
        this.scope = scope;
    }

    @Override
    public void handleDownloadRequest(DownloadEvent event) throws java.io.IOException {
        Scope now = scope.get();
        event.setFileName("limber-members.csv");
        event.setContentType("text/csv; charset=UTF-8");
        members.exportCsv(now.filter(), now.selectedIds().isEmpty() ? null : now.selectedIds(),
                event.getOutputStream());
    }
}
