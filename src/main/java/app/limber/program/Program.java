package app.limber.program;

import app.limber.content.AuthoredContent;
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
import java.util.Optional;
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
}
