package app.limber.content.ui;

import app.limber.content.Timestamps;
import app.limber.content.VideoSummary;
import org.jspecify.annotations.Nullable;

/** A video in the step dialog's list: enough to name it and to check clip times against its length. */
record VideoChoice(long id, String title, @Nullable Integer durationSeconds) {

    static VideoChoice of(VideoSummary summary) {
        return new VideoChoice(summary.id(), summary.title(), summary.durationSeconds());
    }

    String label() {
        return durationSeconds == null ? title : title + " (" + Timestamps.format(durationSeconds) + ")";
    }
}
