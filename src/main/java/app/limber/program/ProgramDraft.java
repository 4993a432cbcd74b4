package app.limber.program;

import app.limber.content.AuthoredDraft;
import app.limber.content.PublishingStatus;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A program as the studio editor holds it, detached from the database, with the schedule operations the editor
 * offers (move, copy, fill a week from another). Only days with something on them are kept. The version is the one
 * the editor loaded, so a save over someone else's newer change is refused.
 */
public class ProgramDraft extends AuthoredDraft {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final int DESCRIPTION_MAX = 20_000;
    public static final int NOTE_MAX = ProgramDay.NOTE_MAX;
    public static final int MIN_DAYS = Program.MIN_DAYS;
    public static final int MAX_DAYS = Program.MAX_DAYS;
    public static final int ROUTINES_PER_DAY_MAX = 8;
    public static final int DAYS_PER_WEEK = 7;

    @Size(max = DESCRIPTION_MAX, message = "The description is too long (at most " + DESCRIPTION_MAX + " characters)")
    private String description = "";

    @Min(value = MIN_DAYS, message = "A program has at least " + MIN_DAYS + " day")
    @Max(value = MAX_DAYS, message = "A program has at most " + MAX_DAYS + " days")
    private int lengthDays = 30;

    private TreeMap<Integer, DayPlan> days = new TreeMap<>();

    public ProgramDraft(long id, long version, String slug, PublishingStatus status, @Nullable Instant publishAt) {
        super(id, version, slug, status, publishAt);
    }

    @Override
    @NotBlank(message = "Give the program a title")
    public String getTitle() {
        return super.getTitle();
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description == null ? "" : description;
    }

    public int getLengthDays() {
        return lengthDays;
    }

    /** Sets the length; days beyond it stay until {@link #trimToLength()} (the editor asks first). */
    public void setLengthDays(int lengthDays) {
        this.lengthDays = lengthDays;
    }

    /** Weeks the schedule spans (the last one may be partial). */
    public int weeks() {
        return Math.max(1, (lengthDays + DAYS_PER_WEEK - 1) / DAYS_PER_WEEK);
    }

    /** The planned days, in order (rest days with nothing on them are left out). */
    public List<DayPlan> getDays() {
        return List.copyOf(days.values());
    }

    public void setDays(Collection<DayPlan> plans) {
        days = new TreeMap<>();
        plans.forEach(this::setDay);
    }

    /** The plan for a day; a rest day when nothing is planned. */
    public DayPlan day(int dayNumber) {
        DayPlan plan = days.get(dayNumber);
        return plan == null ? DayPlan.rest(dayNumber) : plan;
    }

    /** Puts this plan on its day, replacing what was there; an empty plan clears the day. */
    public void setDay(DayPlan plan) {
        requireDay(plan.dayNumber());
        if (plan.isEmpty()) {
            days.remove(plan.dayNumber());
        } else {
            days.put(plan.dayNumber(), plan);
        }
    }

    /** Moves a day's plan to another day; if that day has a plan, the two swap. */
    public void moveDay(int from, int to) {
        requireWithinLength(from);
        requireWithinLength(to);
        DayPlan moving = day(from);
        DayPlan displaced = day(to);
        setDay(displaced.onDay(from));
        setDay(moving.onDay(to));
    }

    /** Copies a day's plan onto other days, replacing what they had. */
    public void copyDay(int from, Collection<Integer> targets) {
        requireWithinLength(from);
        targets.forEach(this::requireWithinLength);
        DayPlan template = day(from);
        for (int target : targets) {
            if (target != from) {
                setDay(template.onDay(target));
            }
        }
    }

    /**
     * Makes week {@code target} a copy of week {@code template} (weeks numbered from 1): each weekday gets the
     * template's plan for that weekday, rest included. Days past the program's end are left out.
     */
    public void fillWeek(int template, int target) {
        if (template < 1 || template > weeks() || target < 1 || target > weeks()) {
            throw new IllegalArgumentException("Choose weeks between 1 and " + weeks() + ".");
        }
        for (int weekday = 1; weekday <= DAYS_PER_WEEK; weekday++) {
            int from = (template - 1) * DAYS_PER_WEEK + weekday;
            int to = (target - 1) * DAYS_PER_WEEK + weekday;
            if (to <= lengthDays && from != to) {
                setDay((from <= lengthDays ? day(from) : DayPlan.rest(from)).onDay(to));
            }
        }
    }

    /** Planned days that lie beyond the program's length (they would be lost by {@link #trimToLength()}). */
    public List<Integer> daysBeyondLength() {
        return new ArrayList<>(days.tailMap(lengthDays, false).keySet());
    }

    /** Drops the plans of days beyond the program's length. */
    public void trimToLength() {
        days.tailMap(lengthDays, false).clear();
    }

    SortedMap<Integer, DayPlan> plannedDays() {
        return days;
    }

    private void requireDay(int dayNumber) {
        if (dayNumber < MIN_DAYS || dayNumber > MAX_DAYS) {
            throw new IllegalArgumentException("Days are numbered from 1 to " + MAX_DAYS + ".");
        }
    }

    private void requireWithinLength(int dayNumber) {
        if (dayNumber < 1 || dayNumber > lengthDays) {
            throw new IllegalArgumentException("Choose a day between 1 and " + lengthDays + ".");
        }
    }
}
