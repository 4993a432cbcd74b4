package app.limber.content.ui;

import app.limber.content.Chapter;
import app.limber.content.Timestamps;
import app.limber.content.VideoDraft;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The chapters of a video, kept in time order: add one with a title and a "m:ss" start, remove any. */
class ChaptersEditor extends Div {

    private final List<Chapter> chapters = new ArrayList<>();
    private final UnorderedList list = new UnorderedList();
    private final TextField title = new TextField("Chapter title");
    private final TextField start = new TextField("Starts at");
    private final Runnable changed;

    ChaptersEditor(Runnable changed) {
        this.changed = changed;
        addClassName("chapters-editor");
        list.addClassName("chapter-list");
        title.setMaxLength(Chapter.TITLE_MAX);
        start.setPlaceholder("m:ss");
        start.setWidth("7em");
        Button add = new Button("Add chapter", VaadinIcon.PLUS.create(), event -> addFromFields());
        Div form = new Div(start, title, add);
        form.addClassName("chapter-form");
        add(list, form);
    }

    void setChapters(List<Chapter> loaded) {
        chapters.clear();
        chapters.addAll(loaded);
        render();
    }

    List<Chapter> getChapters() {
        return List.copyOf(chapters);
    }

    private void addFromFields() {
        title.setInvalid(false);
        start.setInvalid(false);
        int seconds;
        try {
            seconds = Timestamps.parse(start.getValue());
        } catch (IllegalArgumentException wrong) {
            start.setErrorMessage(wrong.getMessage());
            start.setInvalid(true);
            return;
        }
        if (title.getValue().isBlank()) {
            title.setErrorMessage("Give the chapter a title");
            title.setInvalid(true);
            return;
        }
        if (chapters.size() >= VideoDraft.CHAPTERS_MAX) {
            title.setErrorMessage("Use at most " + VideoDraft.CHAPTERS_MAX + " chapters");
            title.setInvalid(true);
            return;
        }
        chapters.add(new Chapter(title.getValue().strip(), seconds));
        title.clear();
        start.clear();
        render();
        changed.run();
        start.focus();
    }

    private void render() {
        chapters.sort(Comparator.comparingInt(Chapter::startSeconds));
        list.removeAll();
        for (Chapter chapter : chapters) {
            Span time = new Span(Timestamps.format(chapter.startSeconds()));
            time.addClassName("chapter-time");
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), event -> {
                chapters.remove(chapter);
                render();
                changed.run();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            remove.setAriaLabel("Remove chapter " + chapter.title());
            list.add(new ListItem(time, new Span(chapter.title()), remove));
        }
    }
}
