package app.limber.content.ui;

import app.limber.content.UploadRejectedException;
import app.limber.content.VideoService;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.InputStream;

/**
 * Receives one uploaded video and streams it straight into storage through {@link VideoService}: the request body is
 * never buffered in memory or in a temporary file first. Runs on the upload request's thread, outside the UI lock;
 * the UI is told about the outcome through {@code UI.access}.
 */
class VideoUploadHandler implements UploadHandler {

    private final VideoService videos;
    private final SerializableConsumer<Long> uploaded;

    VideoUploadHandler(VideoService videos, SerializableConsumer<Long> uploaded) {
        this.videos = videos;
        this.uploaded = uploaded;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws java.io.IOException {
        try (InputStream content = event.getInputStream()) {
            long id = videos.createUpload(event.getFileName(), content);
            event.getUI().access(() -> uploaded.accept(id));
        } catch (UploadRejectedException rejected) {
            event.reject(rejected.getMessage());
            event.getUI().access(() -> Notices.show(rejected.getMessage(), NotificationVariant.LUMO_ERROR));
        }
    }
}
