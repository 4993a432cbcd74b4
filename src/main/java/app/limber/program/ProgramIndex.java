package app.limber.program;

import app.limber.content.IndexedPage;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Live programs' pages for the sitemap, members-only ones included (their pages are public teasers). */
@Service
@PreAuthorize("permitAll()")
public class ProgramIndex {

    private final ProgramRepository programs;
    private final Clock clock;

    ProgramIndex(ProgramRepository programs, Clock clock) {
        this.programs = programs;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<IndexedPage> livePages() {
        return programs.findLiveIndex(clock.instant()).stream()
                .map(row -> IndexedPage.of("/programs/" + row.slug(), row.updatedAt(), row.publishAt())).toList();
    }

    /** The authors of live programs, each with the latest change among theirs. */
    @Transactional(readOnly = true)
    public List<app.limber.content.AuthorRow> liveAuthors() {
        return programs.findLiveAuthors(clock.instant());
    }

    /** A live program's slug and dates, as the query returns them. */
    record Row(String slug, Instant updatedAt, @Nullable Instant publishAt) {
    }
}
