package app.limber.content.ui;

import app.limber.content.VideoEmbeds;
import app.limber.content.VideoService;
import app.limber.content.VideoSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import org.springframework.data.domain.PageRequest;

/** Puts one of the instructor's videos into the text, as a placeholder line where the player will appear. */
class VideoInserter extends Div {

    VideoInserter(VideoService videos, TextArea body) {
        addClassName("video-inserter");
        ComboBox<VideoSummary> video = new ComboBox<>("Video to place in the text");
        video.setItems(query -> videos.list(query.getFilter().orElse(""),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        video.setItemLabelGenerator(VideoSummary::title);
        video.setHelperText("Adds a line like " + VideoEmbeds.placeholder(12) + " at the end of the text; "
                + "move that line to where the video belongs.");
        Button insert = new Button("Insert video", event -> {
            if (video.getValue() == null) {
                video.setErrorMessage("Choose a video first");
                video.setInvalid(true);
                return;
            }
            String text = body.getValue().stripTrailing();
            body.setValue((text.isEmpty() ? "" : text + "\n\n") + VideoEmbeds.placeholder(video.getValue().id()) + "\n");
            video.clear();
            video.setInvalid(false);
        });
        add(video, insert);
    }
}
