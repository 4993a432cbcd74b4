package app.limber.content.ui;

import app.limber.content.DataSizes;
import app.limber.content.RoutineService;
import app.limber.content.UploadRejectedException;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.function.SerializableConsumer;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/**
 * A routine's picture (its cover, or a step's image): shows the current one, uploads a replacement straight into
 * storage (content-checked by the service) and removes it. The change takes effect when the routine is saved.
 */
class PictureField extends Composite<Div> {

    private final Div current = new Div();
    private final Button remove = new Button("Remove picture");
    private final SerializableConsumer<@Nullable Long> onChange;
    private @Nullable Long imageId;

    PictureField(RoutineService routines, long routineId, @Nullable Long imageId,
            SerializableConsumer<@Nullable Long> onChange) {
        this.onChange = onChange;
        getContent().addClassName("picture-field");
        current.addClassName("picture-current");

        Upload upload = new Upload();
        upload.setUploadFormat(UploadFormat.RAW);
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "image/webp", ".png", ".jpg", ".jpeg", ".webp");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, routines.maxImageBytes()));
        upload.setUploadHandler(event -> {
            try (InputStream content = event.getInputStream()) {
                long id = routines.uploadImage(routineId, event.getFileName(), content);
                event.getUI().access(() -> {
                    upload.clearFileList();
                    choose(id);
                });
            } catch (UploadRejectedException rejected) {
                event.reject(rejected.getMessage());
                event.getUI().access(() -> RoutineEditorView.notify(rejected.getMessage(),
                        NotificationVariant.LUMO_ERROR));
            }
        });
        upload.addFileRejectedListener(event -> RoutineEditorView.notify(event.getErrorMessage(),
                NotificationVariant.LUMO_ERROR));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.addClickListener(event -> choose(null));
        Paragraph hint = new Paragraph("PNG, JPEG or WebP, up to " + DataSizes.format(routines.maxImageBytes()) + ".");
        hint.addClassName("hint");
        getContent().add(current, remove, upload, hint);
        show(imageId);
    }

    /** Uses this picture (or none) from now on. */
    void choose(@Nullable Long id) {
        show(id);
        onChange.accept(id);
    }

    @Nullable Long imageId() {
        return imageId;
    }

    /** Shows this picture (or none) without reporting a change, e.g. after loading. */
    void show(@Nullable Long id) {
        imageId = id;
        current.removeAll();
        if (id != null) {
            Image image = new Image(RoutineService.imageUrl(id), "Chosen picture");
            image.addClassName("picture-preview");
            current.add(image);
        }
        remove.setVisible(id != null);
    }
}
