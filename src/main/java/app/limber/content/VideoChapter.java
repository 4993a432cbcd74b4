package app.limber.content;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A chapter as stored, in the video's chapter list. */
@Embeddable
class VideoChapter {

    @Column(nullable = false, length = Chapter.TITLE_MAX)
    private String title = "";

    @Column(name = "start_seconds", nullable = false)
    private int startSeconds;

    protected VideoChapter() {
    }

    VideoChapter(Chapter chapter) {
        this.title = chapter.title().strip();
        this.startSeconds = chapter.startSeconds();
    }

    Chapter toChapter() {
        return new Chapter(title, startSeconds);
    }
}
