package app.limber.content.ui;

import app.limber.content.DataSizes;
import app.limber.content.ArticleCovers;
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
 * A picture of a routine or article (a cover, or a step's image): shows the current one, uploads a replacement
 * straight into storage (content-checked by the service) and removes it. The change takes effect on save.
 */
public class PictureField extends Composite<Div> {

    /** Where the pictures of one item go and come from. */
    public interface Pictures extends java.io.Serializable {
        long upload(String fileName, InputStream content);

        String url(long imageId);

        long maxBytes();
    }

    static Pictures ofRoutine(RoutineService routines, long routineId) {
        return new Pictures() {
            @Override
            public long upload(String fileName, InputStream content) {
                return routines.uploadImage(routineId, fileName, content);
            }

            @Override
            public String url(long imageId) {
                return RoutineService.imageUrl(imageId);
            }

            @Override
            public long maxBytes() {
                return routines.maxImageBytes();
            }
        };
    }

    static Pictures ofArticle(ArticleCovers covers, long articleId) {
        return new Pictures() {
            @Override
            public long upload(String fileName, InputStream content) {
                return covers.upload(articleId, content);
            }

            @Override
            public String url(long imageId) {
                return ArticleCovers.url(imageId);
            }

            @Override
            public long maxBytes() {
                return covers.maxBytes();
            }
        };
    }

    private final Pictures pictures;

    private final Div current = new Div();
    private final Button remove = new Button("Remove picture");
    private final SerializableConsumer<@Nullable Long> onChange;
    private @Nullable Long imageId;

    public PictureField(Pictures pictures, @Nullable Long imageId, SerializableConsumer<@Nullable Long> onChange) {
        this.pictures = pictures;
        this.onChange = onChange;
        getContent().addClassName("picture-field");
        current.addClassName("picture-current");

        Upload upload = new Upload();
        upload.setUploadFormat(UploadFormat.RAW);
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "image/webp", ".png", ".jpg", ".jpeg", ".webp");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, pictures.maxBytes()));
        upload.setUploadHandler(event -> {
            try (InputStream content = event.getInputStream()) {
                long id = pictures.upload(event.getFileName(), content);
                event.getUI().access(() -> {
                    upload.clearFileList();
                    choose(id);
                });
            } catch (UploadRejectedException rejected) {
                event.reject(rejected.getMessage());
                event.getUI().access(() -> Notices.show(rejected.getMessage(),
                        NotificationVariant.LUMO_ERROR));
            }
        });
        upload.addFileRejectedListener(event -> Notices.show(event.getErrorMessage(),
                NotificationVariant.LUMO_ERROR));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.addClickListener(event -> choose(null));
        Paragraph hint = new Paragraph("PNG, JPEG or WebP, up to " + DataSizes.format(pictures.maxBytes()) + ".");
        hint.addClassName("hint");
        getContent().add(current, remove, upload, hint);
        show(imageId);
    }

    /** Uses this picture (or none) from now on. */
    void choose(@Nullable Long id) {
        show(id);
        onChange.accept(id);
    }

    public @Nullable Long imageId() {
        return imageId;
    }

    /** Shows this picture (or none) without reporting a change, e.g. after loading. */
    public void show(@Nullable Long id) {
        imageId = id;
        current.removeAll();
        if (id != null) {
            Image image = new Image(pictures.url(id), "Chosen picture");
            image.addClassName("picture-preview");
            current.add(image);
        }
        remove.setVisible(id != null);
    }
}
