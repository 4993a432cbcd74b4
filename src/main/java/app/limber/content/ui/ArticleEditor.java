package app.limber.content.ui;

import app.limber.platform.ui.SiteLinks;
import app.limber.content.ArticleCovers;
import app.limber.content.ArticleDraft;
import app.limber.content.ArticleService;
import app.limber.content.ProgramOffer;
import app.limber.content.RoutineService;
import app.limber.content.VideoEmbeds;
import app.limber.content.VideoService;
import app.limber.content.Visibility;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import org.jspecify.annotations.Nullable;

/**
 * Writes one article: text, tags, linked routines, publishing, and a guard against losing edits. Opened for a
 * stored article ({@link ArticleEditorView}) or for a new one that is stored on its first save
 * ({@link NewArticleView}).
 */
abstract class ArticleEditor extends Main implements BeforeLeaveObserver {

    private final ArticleService articles;
    private final VideoService videos;
    private final ArticleCovers covers;
    private final BeanValidationBinder<ArticleDraft> binder = new BeanValidationBinder<>(ArticleDraft.class);
    private final LinkedRoutinesEditor linkedRoutines;
    private final StudioEditorFrame<ArticleDraft> frame;
    private @Nullable ArticleDraft draft;
    private boolean routinesDirty;
    private @Nullable PictureField cover;

    ArticleEditor(ArticleService articles, RoutineService routines, VideoService videos, ArticleCovers covers) {
        this.covers = covers;
        this.articles = articles;
        this.videos = videos;
        this.linkedRoutines = new LinkedRoutinesEditor(routines, () -> routinesDirty = true);
        this.frame = new StudioEditorFrame<>("article", "studio/articles", "Articles", articles, this::saveIfNeeded,
                this::show);
        addClassName("article-editor");
    }

    /** Builds the editor for the stored article, or says it is missing or someone else's. */
    final void openStored(long id) {
        frame.open(this, () -> articles.load(id), loaded -> {
            buildEditor(id);
            show(loaded);
        });
    }

    /** Builds the editor for a new article; nothing is stored until its first save. */
    final void openNew() {
        removeAll();
        buildEditor(null);
        ArticleDraft unsaved = articles.unsavedDraft();
        draft = unsaved;
        binder.readBean(unsaved);
        linkedRoutines.setRoutines(unsaved.getRoutines());
        frame.showUnsaved();
    }

    private void buildEditor(@Nullable Long id) {
        TextField title = new TextField("Title");
        title.setMaxLength(ArticleDraft.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        TextArea excerpt = new TextArea("Excerpt");
        excerpt.setMaxLength(ArticleDraft.EXCERPT_MAX);
        excerpt.setHelperText("One or two sentences for the home page and tag pages.");
        Select<Visibility> visibility = new Select<>("Who can see it", event -> { }, Visibility.values());
        visibility.setItemLabelGenerator(Visibility::label);
        TextField tags = new TextField("Tags");
        tags.setHelperText("Separate with commas, e.g. ankle mobility, natural running form");
        TextArea body = new TextArea("Text");
        body.setMaxLength(ArticleDraft.BODY_MAX);
        body.setHelperText("Markdown: **bold**, *italic*, lists, ## headings, [links](https://…); "
                + "a line " + VideoEmbeds.placeholder(12) + " shows that video.");
        body.addClassName("body-field");

        binder.forField(title).bind("title");
        binder.forField(excerpt).bind("excerpt");
        binder.forField(visibility).bind("visibility");
        binder.forField(tags).withConverter(new RoutineEditor.TagsConverter()).bind("tags");
        binder.forField(body).bind("body");
        ComboBox<ProgramOffer> callToAction = callToActionField();
        binder.forField(callToAction).bind("callToAction");

        VideoInserter videoInserter = new VideoInserter(videos, body);
        FormLayout form = new FormLayout(title, visibility, tags, callToAction, excerpt, body, videoInserter);
        form.setColspan(title, 2);
        form.setColspan(excerpt, 2);
        form.setColspan(body, 2);
        form.setColspan(videoInserter, 2);

        Component coverField;
        if (id == null) {
            coverField = StudioEditorFrame.saveFirst("a cover picture");
        } else {
            PictureField picture = PictureField.cover(PictureField.ofArticle(covers, id));
            cover = picture;
            coverField = picture;
        }

        add(frame.backLink(), frame.status(), form, new H2("Cover picture"), coverField,
                new H2("Linked routines"), linkedRoutines, frame.actions(this::save));
    }

    /** "Start this program" under the article: a published or scheduled program, or none (the default). */
    private ComboBox<ProgramOffer> callToActionField() {
        ComboBox<ProgramOffer> field = new ComboBox<>("Call to action: program");
        field.setItems(articles.callToActionChoices());
        field.setItemLabelGenerator(ProgramOffer::title);
        field.setPlaceholder("None");
        field.setClearButtonVisible(true);
        field.setHelperText("Readers get a \"Start this program\" invitation under the article.");
        return field;
    }

    private void show(ArticleDraft loaded) {
        draft = loaded;
        binder.readBean(loaded);
        linkedRoutines.setRoutines(loaded.getRoutines());
        routinesDirty = false;
        if (cover != null) {
            cover.show(loaded.getCoverImageId());
        }
        frame.showStatus(loaded, SiteLinks.toSite("/studio/articles/" + loaded.getId() + "/preview", "Preview as reader"));
    }

    boolean hasUnsavedChanges() {
        return draft != null && (binder.hasChanges() || routinesDirty || cover != null && cover.isChanged());
    }

    /** Saves when there is something to save; returns the current draft, or null when the input is invalid. */
    private @Nullable ArticleDraft saveIfNeeded() {
        return hasUnsavedChanges() ? save() : draft;
    }

    @Nullable ArticleDraft save() {
        ArticleDraft current = draft;
        if (current == null || !binder.writeBeanIfValid(current)) {
            return null;
        }
        current.setRoutines(linkedRoutines.getRoutines());
        if (cover != null) {
            current.setCoverImageId(cover.imageId());
        }
        return current.getId() == 0 ? frame.create(current, articles::create, ArticleEditorView.class)
                : frame.save(current, articles::save);
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        frame.confirmLeave(event, hasUnsavedChanges());
    }
}
