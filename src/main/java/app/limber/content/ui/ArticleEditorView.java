package app.limber.content.ui;

import app.limber.platform.ui.SiteLinks;
import app.limber.account.Role;
import app.limber.content.ArticleCovers;
import app.limber.content.ArticleDraft;
import app.limber.content.ArticleService;
import app.limber.content.ProgramOffer;
import app.limber.content.RoutineService;
import app.limber.content.VideoEmbeds;
import app.limber.content.VideoService;
import app.limber.content.Visibility;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/** Writes one article: text, tags, linked routines, publishing, and a guard against losing edits. */
@Route("studio/articles")
@PageTitle("Edit article")
@RolesAllowed(Role.INSTRUCTOR_NAME)
class ArticleEditorView extends Main implements HasUrlParameter<Long>, BeforeLeaveObserver {

    private final ArticleService articles;
    private final VideoService videos;
    private final ArticleCovers covers;
    private final BeanValidationBinder<ArticleDraft> binder = new BeanValidationBinder<>(ArticleDraft.class);
    private final LinkedRoutinesEditor linkedRoutines;
    private final StudioEditorFrame<ArticleDraft> frame;
    private @Nullable ArticleDraft draft;
    private boolean routinesDirty;
    private @Nullable PictureField cover;

    ArticleEditorView(ArticleService articles, RoutineService routines, VideoService videos, ArticleCovers covers) {
        this.covers = covers;
        this.articles = articles;
        this.videos = videos;
        this.linkedRoutines = new LinkedRoutinesEditor(routines, () -> routinesDirty = true);
        this.frame = new StudioEditorFrame<>("article", "studio/articles", "Articles", articles, this::saveIfNeeded,
                this::show);
        addClassName("article-editor");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        frame.open(this, () -> articles.load(id), loaded -> {
            buildEditor(id);
            show(loaded);
        });
    }

    private void buildEditor(long id) {
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

        cover = PictureField.cover(PictureField.ofArticle(covers, id));

        add(frame.backLink(), frame.status(), form, new H2("Cover picture"), cover,
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
        return frame.save(current, articles::save);
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        frame.confirmLeave(event, hasUnsavedChanges());
    }
}
