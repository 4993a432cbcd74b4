package app.limber.content.ui;

import app.limber.account.Role;
import app.limber.content.DataSizes;
import app.limber.content.Timestamps;
import app.limber.content.UploadRejectedException;
import app.limber.content.VideoDraft;
import app.limber.content.VideoService;
import app.limber.content.VideoSource;
import app.limber.content.Visibility;
import app.limber.ChangedBySomeoneElseException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.io.InputStream;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/** Describes one video: title, text, length, who can see it, poster and chapters, with a preview of the player. */
@Route("studio/videos")
@PageTitle("Edit video")
@RolesAllowed(Role.INSTRUCTOR_NAME)
class VideoEditorView extends Main implements HasUrlParameter<Long> {

    private final VideoService videos;
    private final BeanValidationBinder<VideoDraft> binder = new BeanValidationBinder<>(VideoDraft.class);
    private final ChaptersEditor chapters = new ChaptersEditor(() -> { });
    private final Div source = new Div();
    private final Div preview = new Div();
    private @Nullable VideoDraft draft;

    VideoEditorView(VideoService videos) {
        this.videos = videos;
        addClassName("video-editor");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        removeAll();
        try {
            videos.load(id).ifPresentOrElse(loaded -> {
                buildEditor();
                show(loaded);
            }, () -> add(new H1("This video doesn't exist"), new Anchor("studio/videos", "Back to videos")));
        } catch (AccessDeniedException notYours) {
            add(new H1("This video belongs to another instructor"), new Anchor("studio/videos", "Back to videos"));
        }
    }

    private void buildEditor() {
        TextField title = new TextField("Title");
        title.setMaxLength(VideoDraft.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        TextArea description = new TextArea("Description");
        description.setMaxLength(VideoDraft.DESCRIPTION_MAX);
        Select<Visibility> visibility = new Select<>("Who can see it", event -> { }, Visibility.values());
        visibility.setItemLabelGenerator(Visibility::label);
        TextField duration = new TextField("Length");
        duration.setPlaceholder("m:ss");
        duration.setHelperText("For lists and for checking chapter times, e.g. 4:30");

        binder.forField(title).bind("title");
        binder.forField(description).bind("description");
        binder.forField(visibility).bind("visibility");
        binder.forField(duration).withNullRepresentation("").withConverter(new DurationConverter())
                .bind("durationSeconds");

        FormLayout form = new FormLayout(title, visibility, duration, description);
        form.setColspan(title, 2);
        form.setColspan(description, 2);

        Button save = new Button("Save", event -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button delete = new Button("Delete video", event -> confirmDelete());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div(save, delete);
        actions.addClassName("editor-actions");
        source.addClassName("video-source");
        preview.addClassName("video-preview");

        add(new Div(new Anchor("studio/videos", "← Videos")), source, preview, form,
                new H2("Poster"), posterUpload(), new H2("Chapters"), chapters, actions);
    }

    private Div posterUpload() {
        Upload upload = new Upload();
        upload.setUploadFormat(UploadFormat.RAW);
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "image/webp", ".png", ".jpg", ".jpeg", ".webp");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, videos.maxPosterBytes()));
        upload.setUploadHandler(event -> {
            VideoDraft current = draft;
            if (current == null) {
                event.reject("Reload the page and try again.");
                return;
            }
            try (InputStream content = event.getInputStream()) {
                VideoDraft saved = videos.replacePoster(current.getId(), current.getVersion(), event.getFileName(),
                        content);
                event.getUI().access(() -> {
                    showKeepingInput(saved);
                    Notices.show("Poster saved", NotificationVariant.LUMO_SUCCESS);
                });
            } catch (UploadRejectedException | ChangedBySomeoneElseException refused) {
                event.reject(refused.getMessage());
                event.getUI().access(() -> Notices.show(refused.getMessage(), NotificationVariant.LUMO_ERROR));
            }
        });
        upload.addFileRejectedListener(event -> Notices.show(event.getErrorMessage(), NotificationVariant.LUMO_ERROR));
        Paragraph hint = new Paragraph("PNG, JPEG or WebP, up to " + DataSizes.format(videos.maxPosterBytes())
                + ". Shown before the video starts.");
        hint.addClassName("hint");
        return new Div(upload, hint);
    }

    private void show(VideoDraft loaded) {
        draft = loaded;
        binder.readBean(loaded);
        chapters.setChapters(loaded.getChapters());
        showSourceAndPreview(loaded);
    }

    /** After a poster change: a new version, but whatever the instructor typed stays in the form. */
    private void showKeepingInput(VideoDraft saved) {
        draft = saved;
        showSourceAndPreview(saved);
    }

    private void showSourceAndPreview(VideoDraft loaded) {
        source.removeAll();
        if (loaded.getSource() == VideoSource.UPLOAD) {
            Long size = loaded.getSizeBytes();
            source.add(new Paragraph("Uploaded file: " + loaded.getOriginalFilename()
                    + (size == null ? "" : " (" + DataSizes.format(size) + ")")));
        } else {
            source.add(new Paragraph("Link to " + (loaded.getProvider() == null ? "" : loaded.getProvider().label())
                    + ": " + loaded.getLinkUrl()));
        }
        preview.removeAll();
        videos.findForPlayback(loaded.getId()).ifPresent(playback -> preview.add(new VideoPlayer(playback)));
    }

    @Nullable VideoDraft save() {
        VideoDraft current = draft;
        if (current == null || !binder.writeBeanIfValid(current)) {
            return null;
        }
        current.setChapters(chapters.getChapters());
        try {
            show(videos.save(current));
            Notices.show("Saved", NotificationVariant.LUMO_SUCCESS);
            return draft;
        } catch (ChangedBySomeoneElseException | ConstraintViolationException | IllegalArgumentException refused) {
            Notices.show(refused instanceof ConstraintViolationException invalid ? invalid.getConstraintViolations().stream()
                    .map(ConstraintViolation::getMessage).distinct().collect(Collectors.joining(". "))
                    : refused.getMessage(), NotificationVariant.LUMO_ERROR);
            return null;
        }
    }

    private void confirmDelete() {
        VideoDraft current = draft;
        if (current == null) {
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog("Delete this video?",
                "Pages that show it will no longer be able to play it; routine steps that use it keep their text "
                        + "and lose the clip.", "Delete", event -> {
                    try {
                        videos.delete(current.getId(), current.getVersion());
                        getUI().ifPresent(ui -> ui.navigate(VideoListView.class));
                    } catch (ChangedBySomeoneElseException stale) {
                        Notices.show(stale.getMessage(), NotificationVariant.LUMO_ERROR);
                    }
                });
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }


    /** "4:30" ⇄ 270 seconds; empty means unknown. */
    static final class DurationConverter implements Converter<String, Integer> {
        @Override
        public Result<Integer> convertToModel(String value, ValueContext context) {
            if (value == null || value.isBlank()) {
                return Result.ok(null);
            }
            try {
                return Result.ok(Timestamps.parse(value));
            } catch (IllegalArgumentException wrong) {
                return Result.error(wrong.getMessage());
            }
        }

        @Override
        public String convertToPresentation(Integer value, ValueContext context) {
            return value == null ? "" : Timestamps.format(value);
        }
    }
}
