package app.limber.content;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Routines as a program session plays them, for runners signed in. A program refers to routines by id; what the
 * program's author put on a day is shown to the runners enrolled in it (members-only routines included): the program
 * feature decides who may open a session. Only routines that are live now are returned, the same rule the program's
 * own page follows, so a day whose routine was archived or taken back to draft is the same on the program page, on
 * Today and in the player (left out; a day left with none is a rest day).
 */
@Service
public class SessionRoutines {

    /** A routine's title and length, for lists of a day's practice. */
    public record Outline(long id, String title, String slug, int totalSeconds) {
    }

    /** A routine with its steps in order, for the session player. */
    public record SessionRoutine(long id, String title, int totalSeconds, List<SessionStep> steps) {
    }

    /**
     * One step: held for {@code seconds}, or for {@code breaths} (then {@code seconds} is null); an optional
     * picture address and video clip.
     */
    public record SessionStep(String name, String cue, @Nullable Integer seconds, @Nullable Integer breaths,
            Side side, @Nullable String imageUrl, RoutinePage.@Nullable Clip clip) {

        /** Seconds the step takes, counting a breath as {@link RoutineDuration#SECONDS_PER_BREATH}. */
        public int approximateSeconds() {
            return seconds != null ? seconds
                    : (breaths == null ? 0 : breaths * RoutineDuration.SECONDS_PER_BREATH);
        }
    }

    private final EntityManager entityManager;
    private final Clock clock;

    SessionRoutines(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Titles and lengths of those of these routines that are live now, by id, in one query; ids that no longer exist
     * or are not live are left out. No access check: the caller (a program's schedule, its calendar feed) decides who
     * may see which routines.
     */
    @Transactional(readOnly = true)
    public Map<Long, Outline> outlines(Collection<Long> routineIds) {
        if (routineIds.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("select r.id, r.title, r.slug, r.totalSeconds from Routine r"
                        + " where r.id in :ids and " + LiveContent.ROUTINE, Object[].class)
                .setParameter("ids", Set.copyOf(routineIds)).setParameter("now", clock.instant())
                .getResultList().stream()
                .map(row -> new Outline((Long) row[0], (String) row[1], (String) row[2], (Integer) row[3]))
                .collect(Collectors.toMap(Outline::id, Function.identity()));
    }

    /**
     * Those of these routines that are live now, with their steps, in the order given (two queries: routines with
     * steps, their videos).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<SessionRoutine> forSession(List<Long> routineIds) {
        if (routineIds.isEmpty()) {
            return List.of();
        }
        // The routines, their steps and the steps' videos in one statement: one row per step, with its video or null.
        Map<Long, Routine> found = new LinkedHashMap<>();
        Map<Long, VideoPlayback> playable = new HashMap<>();
        List<Object[]> rows = entityManager.createQuery(
                        "select r, v from Routine r left join fetch r.steps s left join Video v on v.id = s.videoId"
                                + " where r.id in :ids and " + LiveContent.ROUTINE, Object[].class)
                .setParameter("ids", Set.copyOf(routineIds)).setParameter("now", clock.instant())
                .getResultList();
        for (Object[] row : rows) {
            Routine routine = (Routine) row[0];
            found.putIfAbsent(routine.id(), routine);
            if (row[1] instanceof Video video) {
                playable.putIfAbsent(video.id(), VideoService.clipPlayback(video));
            }
        }
        Map<Long, SessionRoutine> byId = new LinkedHashMap<>();
        for (Long id : routineIds) {
            Routine routine = found.get(id);
            if (routine != null) {
                byId.putIfAbsent(id, toSession(routine, playable));
            }
        }
        return routineIds.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private static SessionRoutine toSession(Routine routine, Map<Long, VideoPlayback> playable) {
        List<SessionStep> steps = routine.steps().stream().map(RoutineStep::toDraft).map(step -> {
            boolean breaths = step.getMeasure() == StepDraft.Measure.BREATHS;
            VideoPlayback playback = step.getVideoId() == null ? null : playable.get(step.getVideoId());
            return new SessionStep(step.getName(), step.getCue(), breaths ? null : step.getAmount(),
                    breaths ? step.getAmount() : null, step.getSide(),
                    step.getImageId() == null ? null : RoutineImage.url(step.getImageId()),
                    playback == null ? null : new RoutinePage.Clip(playback, step.getVideoStart(), step.getVideoEnd()));
        }).toList();
        return new SessionRoutine(routine.id(), routine.title(),
                steps.stream().mapToInt(SessionStep::approximateSeconds).sum(), steps);
    }
}
