package app.limber.content.ui;

import app.limber.content.VideoDraft;
import app.limber.content.VideoService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;

/** Asks for a YouTube or Vimeo address (and an optional title) and records it as a video. */
class VideoLinkDialog extends Dialog {

    private final TextField address = new TextField("Video link");
    private final TextField title = new TextField("Title");

    VideoLinkDialog(VideoService videos, SerializableConsumer<Long> added) {
        setHeaderTitle("Add a video link");
        address.setPlaceholder("https://www.youtube.com/watch?v=…");
        address.setHelperText("A link to a video on YouTube or Vimeo. It plays in their privacy-enhanced player.");
        address.setRequiredIndicatorVisible(true);
        title.setMaxLength(VideoDraft.TITLE_MAX);
        title.setHelperText("Optional; you can change it later.");
        add(new FormLayout(address, title));

        Button add = new Button("Add", event -> {
            try {
                long id = videos.createLink(address.getValue(), title.getValue());
                close();
                added.accept(id);
            } catch (IllegalArgumentException refused) {
                address.setInvalid(true);
                address.setErrorMessage(refused.getMessage());
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", event -> close()), add);
    }
}
