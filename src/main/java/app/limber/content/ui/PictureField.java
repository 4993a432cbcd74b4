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
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializableSupplier;
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

        /** Pictures that {@code upload} stores, served at {@code url}, each up to {@code maxBytes}. */
        static Pictures of(Uploader upload, SerializableFunction<Long, String> url,
                SerializableSupplier<Long> maxBytes) {
            return new StoredPictures(upload, url, maxBytes);
        }
    }

    /** Stores one uploaded picture and returns its id. */
    @FunctionalInterface
    public interface Uploader extends java.io.Serializable {
        long upload(String fileName, InputStream content);
    }

    private record StoredPictures(Uploader uploader, SerializableFunction<Long, String> urls,
            SerializableSupplier<Long> max) implements Pictures {
        @Override
        public long upload(String fileName, InputStream content) {
            return uploader.upload(fileName, content);
        }

        @Override
        public String url(long imageId) {
            return urls.apply(imageId);
        }

        @Override
        public long maxBytes() {
            return max.get();
        }
    }

    static Pictures ofRoutine(RoutineService routines, long routineId) {
        return Pictures.of((fileName, content) -> routines.uploadImage(routineId, fileName, content),
                RoutineService::imageUrl, routines::maxImageBytes);
    }

    static Pictures ofArticle(ArticleCovers covers, long articleId) {
        return Pictures.of((fileName, content) -> covers.upload(articleId, content), ArticleCovers::url,
                covers::maxBytes);
    }

    private final Pictures pictures;

    private final Div current = new Div();
    private final Button remove = new Button("Remove picture");
    private final SerializableConsumer<@Nullable Long> onChange;
    private @Nullable Long imageId;
    private boolean changed;

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

    /** An editor's cover picture; {@link #isChanged()} says whether one was chosen or removed since it was shown. */
    public static PictureField cover(Pictures pictures) {
        PictureField cover = new PictureField(pictures, null, chosen -> { });
        cover.addClassName("cover-field");
        return cover;
    }

    /** Uses this picture (or none) from now on. */
    void choose(@Nullable Long id) {
        show(id);
        changed = true;
        onChange.accept(id);
    }

    public boolean isChanged() {
        return changed;
    }

    public @Nullable Long imageId() {
        return imageId;
    }

    /** Shows this picture (or none) without reporting a change, e.g. after loading. */
    public void show(@Nullable Long id) {
        imageId = id;
        changed = false;
        current.removeAll();
        if (id != null) {
            Image image = new Image(pictures.url(id), "Chosen picture");
            image.addClassName("picture-preview");
            current.add(image);
        }
        remove.setVisible(id != null);
    }
}
