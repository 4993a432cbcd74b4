package app.limber.content.ui;

import app.limber.content.Chapter;
import app.limber.content.Timestamps;
import app.limber.content.VideoPlayback;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.dom.Element;
import org.jspecify.annotations.Nullable;

/**
 * Plays a video anywhere in the app: an HTML5 {@code <video>} for uploaded files (streamed with Range requests from
 * the media endpoint), or the host's privacy-enhanced player in an iframe for YouTube and Vimeo links. Chapters, if
 * any, are listed below as buttons that jump to their start.
 */
public class VideoPlayer extends Div {

    private final VideoPlayback playback;
    private final Element video;
    private final IFrame frame;

    public VideoPlayer(VideoPlayback playback) {
        this(playback, 0);
    }

    /** A player that starts at the given second (for a routine step's video timestamp, for example). */
    public VideoPlayer(VideoPlayback playback, int startSeconds) {
        this(playback, startSeconds, null);
    }

    /**
     * A player for part of a video, from {@code startSeconds} to {@code endSeconds} (or the end when null): a media
     * fragment {@code #t=start,end} for uploads, {@code start=}/{@code end=} for YouTube, the start only for Vimeo.
     */
    public VideoPlayer(VideoPlayback playback, int startSeconds, @Nullable Integer endSeconds) {
        this.playback = playback;
        addClassName("video-player");
        Div frameBox = new Div();
        frameBox.addClassName("video-frame");
        if (playback.isEmbedded()) {
            video = new Element("div");
            frame = new IFrame(playback.sourceUrl(startSeconds, endSeconds));
            frame.getElement().setAttribute("title", playback.title());
            frame.getElement().setAttribute("allow", "fullscreen; picture-in-picture");
            frame.getElement().setAttribute("allowfullscreen", true);
            frame.getElement().setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
            frame.getElement().setAttribute("loading", "lazy");
            frameBox.add(frame);
        } else {
            frame = new IFrame();
            video = new Element("video");
            video.setAttribute("controls", true);
            video.setAttribute("preload", "metadata");
            video.setAttribute("playsinline", true);
            video.setAttribute("src", playback.sourceUrl(startSeconds, endSeconds));
            video.setAttribute("aria-label", playback.title());
            if (playback.posterUrl() != null) {
                video.setAttribute("poster", playback.posterUrl());
            }
            video.setText("Your browser can't play this video.");
            frameBox.getElement().appendChild(video);
        }
        add(frameBox);
        if (!playback.chapters().isEmpty()) {
            add(chapterList());
        }
    }

    /** Jumps to a second: seeks the video element, or reloads the host's player at that point. */
    public void seek(int seconds) {
        if (playback.isEmbedded()) {
            frame.setSrc(playback.sourceUrl(seconds));
        } else {
            video.executeJs("this.currentTime = $0; this.play()", seconds);
        }
    }

    /** The address the player loads, for tests and for links to a moment in the video. */
    public String source() {
        return playback.isEmbedded() ? frame.getSrc() : video.getAttribute("src");
    }

    private Component chapterList() {
        OrderedList list = new OrderedList();
        list.addClassName("video-chapters");
        list.getElement().setAttribute("aria-label", "Chapters");
        for (Chapter chapter : playback.chapters()) {
            NativeButton jump = new NativeButton(Timestamps.format(chapter.startSeconds()) + " " + chapter.title(),
                    event -> seek(chapter.startSeconds()));
            list.add(new ListItem(jump));
        }
        return list;
    }
}
