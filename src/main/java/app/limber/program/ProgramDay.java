package app.limber.program;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.jspecify.annotations.Nullable;

/** One day of a program: its routines in order (none means rest), a note, and self-tests it prompts. */
@Entity
@Table(name = "program_days")
class ProgramDay {

    static final int NOTE_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "program_id", nullable = false, updatable = false)
    private Program program;

    @Column(name = "day_number", nullable = false)
    private int dayNumber;

    @Column(nullable = false, length = NOTE_MAX)
    private String note = "";

    /** Routines by id: a program refers to content by id and never owns it. */
    // Loaded for all days of a program in one query when the first day's list is read (no query per day).
    @ElementCollection
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "program_day_routines", joinColumns = @JoinColumn(name = "program_day_id"))
    @OrderColumn(name = "position")
    @Column(name = "routine_id", nullable = false)
    private List<Long> routineIds = new ArrayList<>();

    @ElementCollection
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "program_day_self_tests", joinColumns = @JoinColumn(name = "program_day_id"))
    @Column(name = "self_test_id", nullable = false)
    private Set<Long> selfTestIds = new LinkedHashSet<>();

    protected ProgramDay() {
        this.program = null;
    }

    ProgramDay(Program program, int dayNumber) {
        this.program = program;
        this.dayNumber = dayNumber;
    }

    Program program() {
        return program;
    }

    int dayNumber() {
        return dayNumber;
    }

    String note() {
        return note;
    }

    List<Long> routineIds() {
        return routineIds;
    }

    Set<Long> selfTestIds() {
        return selfTestIds;
    }

    /** A day with no routines is a rest day (it may still carry a note or a self-test prompt). */
    boolean isRest() {
        return routineIds.isEmpty();
    }

    void setDayNumber(int dayNumber) {
        this.dayNumber = dayNumber;
    }

    void setNote(String note) {
        this.note = note.strip();
    }

    /** Takes over a plan's routines, note and self-tests (the day number stays). */
    void replaceWith(DayPlan plan) {
        if (!routineIds.equals(plan.routineIds())) {
            routineIds.clear();
            routineIds.addAll(plan.routineIds());
        }
        if (!selfTestIds.equals(plan.selfTestIds())) {
            selfTestIds.clear();
            selfTestIds.addAll(plan.selfTestIds());
        }
        setNote(plan.note());
    }

    DayPlan toPlan() {
        return new DayPlan(dayNumber, routineIds, note, selfTestIds);
    }
}
