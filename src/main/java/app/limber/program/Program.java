package app.limber.program;

import app.limber.content.AuthoredContent;
import app.limber.content.RoutineFacts;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A program: a schedule of numbered days, each with routines (or rest) and an optional note. */
@Entity
@Table(name = "programs")
class Program extends AuthoredContent {

    static final int MIN_DAYS = 1;
    static final int MAX_DAYS = 366;

    @Column(nullable = false)
    private String description = "";

    @Column(name = "cover_image_id")
    private @Nullable Long coverImageId;

    @Column(name = "length_days", nullable = false)
    private int lengthDays = 30;

    /** Only days with something on them; a day without a row is a rest day. */
    @OneToMany(mappedBy = "program", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("dayNumber")
    private List<ProgramDay> days = new ArrayList<>();

    protected Program() {
        // for JPA
    }

    Program(long authorId, String title, String slug, int lengthDays, Instant now) {
        super(authorId, title, slug, now);
        this.lengthDays = lengthDays;
    }

    String description() {
        return description;
    }

    @Nullable Long coverImageId() {
        return coverImageId;
    }

    int lengthDays() {
        return lengthDays;
    }

    List<ProgramDay> days() {
        return Collections.unmodifiableList(days);
    }

    Optional<ProgramDay> day(int dayNumber) {
        return days.stream().filter(day -> day.dayNumber() == dayNumber).findFirst();
    }

    /** Every routine the schedule refers to, in schedule order. */
    Set<Long> routineIds() {
        Set<Long> ids = new LinkedHashSet<>();
        days.forEach(day -> ids.addAll(day.routineIds()));
        return ids;
    }

    /**
     * The publishing rule for programs: every routine on the schedule must be live by the moment the program goes
     * live (published, or scheduled for that moment or earlier); refused with a message naming each one that isn't.
     */
    void requireRoutinesLiveAt(Instant goesLive, Map<Long, RoutineFacts> routines) {
        List<String> notLive = routineIds().stream()
                .filter(id -> routines.get(id) == null || !routines.get(id).isLiveAt(goesLive))
                .map(id -> routines.get(id) == null ? "a deleted routine" : "“" + routines.get(id).title() + "”")
                .distinct().toList();
        if (!notLive.isEmpty()) {
            throw new RoutinesNotLiveException(notLive);
        }
    }

    /**
     * Applies the editor's draft. Days are changed in place by day number (never renumbered), so that no two rows
     * ever share a day number while the changes are written.
     */
    void apply(ProgramDraft draft, Instant now) {
        applyCommon(draft.getTitle(), draft.getVisibility(), now);
        description = draft.getDescription();
        lengthDays = draft.getLengthDays();
        coverImageId = draft.getCoverImageId();
        Map<Integer, DayPlan> planned = draft.plannedDays();
        days.removeIf(day -> !planned.containsKey(day.dayNumber()));
        for (DayPlan plan : planned.values()) {
            ProgramDay day = day(plan.dayNumber()).orElseGet(() -> {
                ProgramDay added = new ProgramDay(this, plan.dayNumber());
                days.add(added);
                return added;
            });
            day.replaceWith(plan);
        }
        days.sort(Comparator.comparingInt(ProgramDay::dayNumber));
    }

    ProgramDraft toDraft() {
        ProgramDraft draft = new ProgramDraft(id(), version(), slug(), publication().status(),
                publication().publishAt());
        draft.setTitle(title());
        draft.setDescription(description);
        draft.setVisibility(visibility());
        draft.setLengthDays(lengthDays);
        draft.setCoverImageId(coverImageId);
        draft.setDays(days.stream().map(ProgramDay::toPlan).toList());
        return draft;
    }

    ProgramOutline toOutline() {
        return new ProgramOutline(id(), title(), slug(), lengthDays,
                days.stream().map(ProgramDay::toPlan).filter(plan -> plan.dayNumber() <= lengthDays).toList());
    }
}
