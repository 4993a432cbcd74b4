package app.limber.content.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import app.limber.account.Role;
import app.limber.content.DataSizes;
import app.limber.content.Timestamps;
import app.limber.content.VideoService;
import app.limber.content.VideoSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The instructor's videos: upload a file or add a YouTube/Vimeo link; a searchable list paged in the database. */
@Route("studio/videos")
@PageTitle("Videos")
@Menu(order = 2.2, icon = "vaadin:film", title = "Videos")
@RolesAllowed(Role.INSTRUCTOR_NAME)
class VideoListView extends StudioList<VideoSummary> {

    private final VideoService videos;

    VideoListView(VideoService videos) {
        this.videos = videos;
        addClassName("video-list-view");

        addTitleColumn(VideoSummary::title);
        grid.addColumn(VideoSummary::sourceLabel).setHeader("Source").setAutoWidth(true);
        grid.addColumn(row -> row.durationSeconds() == null ? "" : Timestamps.format(row.durationSeconds()))
                .setHeader("Length").setSortProperty("durationSeconds").setAutoWidth(true);
        grid.addColumn(row -> row.visibility().label()).setHeader("Who can see it").setSortProperty("visibility")
                .setAutoWidth(true);
        addLastChangedColumn(VideoSummary::updatedAt);
        grid.setEmptyStateText("No videos yet. Upload a file or add a link.");
        rowsOpenIn(VideoEditorView.class, VideoSummary::id);

        Button addLink = new Button("Add YouTube or Vimeo link", VaadinIcon.LINK.create(),
                event -> new VideoLinkDialog(videos, id -> open(VideoEditorView.class, id)).open());
        show("Videos", new Component[] {uploadArea()}, search, addLink);
    }

    private Div uploadArea() {
        Upload upload = new Upload();
        upload.setUploadFormat(UploadFormat.RAW);
        upload.setAcceptedFileTypes("video/mp4", "video/webm", ".mp4", ".m4v", ".webm");
        // The component takes an int; the server enforces the real limit while the file streams in.
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, videos.maxUploadBytes()));
        upload.setUploadHandler(new VideoUploadHandler(videos, id -> {
            refresh();
            Notices.show("Uploaded. Open it in the list to add a title, poster and chapters.",
                    NotificationVariant.LUMO_SUCCESS);
        }));
        upload.addFileRejectedListener(event ->
                Notices.show(event.getErrorMessage(), NotificationVariant.LUMO_ERROR));
        Paragraph hint = new Paragraph("MP4 or WebM, up to " + DataSizes.format(videos.maxUploadBytes())
                + ". Drop files here or choose them; each becomes a video you can then describe.");
        hint.addClassName("hint");
        Div area = new Div(upload, hint);
        area.addClassName("video-upload");
        return area;
    }

    @Override
    protected void refresh() {
        String words = search.getValue();
        grid.setItems(query -> videos.list(words, toSpringPageRequest(query)).stream(),
                query -> (int) videos.count(words));
    }
}
