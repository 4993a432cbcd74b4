package app.limber.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The demo coach's two short clips (small generated test patterns shipped in {@code demo/videos}), uploaded through
 * the normal service with their posters, and the routine steps they illustrate. Called by {@link DemoRoutines} as
 * the coach, before the routines are written, so it runs exactly when they are seeded: once.
 */
@Component
class DemoVideos {

    static final String POINT_AND_FLEX = "Seated point-and-flex (demo clip)";
    static final String TOE_STRETCH = "Post-run toe stretch (demo clip)";

    /** Which part of which clip a demo step plays. */
    record Clip(long videoId, int startSeconds, int endSeconds) {
    }

    private record DemoVideo(String title, String file, String poster, int seconds, String description) {
    }

    private final VideoService videos;

    DemoVideos(VideoService videos) {
        this.videos = videos;
    }

    /** Uploads the clips for the signed-in coach and returns the clip of each demo step, keyed by step name. */
    Map<String, Clip> upload() {
        if (videos.count("") > 0) {
            return Map.of();
        }
        long pointAndFlex = upload(new DemoVideo(POINT_AND_FLEX, "point-and-flex.mp4", "point-and-flex-poster.png", 8,
                "Both feet pointing away, then pulling back toward the shins: the first half shows the right foot, "
                        + "the second half the left."));
        long toeStretch = upload(new DemoVideo(TOE_STRETCH, "toe-stretch.mp4", "toe-stretch-poster.png", 10,
                "Sitting back on the heels with the toes tucked under, then on the tops of the feet."));
        Map<String, Clip> clips = new LinkedHashMap<>();
        clips.put("Point and flex, right foot", new Clip(pointAndFlex, 0, 4));
        clips.put("Point and flex, left foot", new Clip(pointAndFlex, 4, 8));
        clips.put("Sit back with toes tucked", new Clip(toeStretch, 0, 5));
        clips.put("Sit back on the tops of the feet", new Clip(toeStretch, 5, 10));
        return clips;
    }

    /** Sets the clip on every step that has one. */
    static void attach(List<StepDraft> steps, Map<String, Clip> clips) {
        for (StepDraft step : steps) {
            Clip clip = clips.get(step.getName());
            if (clip != null) {
                step.setVideoId(clip.videoId());
                step.setVideoStart(clip.startSeconds());
                step.setVideoEnd(clip.endSeconds());
            }
        }
    }

    private long upload(DemoVideo demo) {
        long id;
        try (InputStream content = resource(demo.file())) {
            id = videos.createUpload(demo.file(), content);
        } catch (IOException e) {
            throw new UncheckedIOException("Demo clip " + demo.file() + " is missing", e);
        }
        VideoDraft draft = videos.load(id).orElseThrow();
        draft.setTitle(demo.title());
        draft.setDescription(demo.description());
        draft.setDurationSeconds(demo.seconds());
        VideoDraft saved = videos.save(draft);
        try (InputStream poster = resource(demo.poster())) {
            videos.replacePoster(id, saved.getVersion(), demo.poster(), poster);
        } catch (IOException e) {
            throw new UncheckedIOException("Demo poster " + demo.poster() + " is missing", e);
        }
        return id;
    }

    private static InputStream resource(String name) throws IOException {
        return new ClassPathResource("demo/videos/" + name).getInputStream();
    }
}
