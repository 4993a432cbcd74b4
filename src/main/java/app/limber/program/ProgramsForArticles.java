package app.limber.program;

import app.limber.content.ProgramOffer;
import app.limber.content.ProgramOffers;
import app.limber.content.PublishingStatus;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Programs as articles' calls to action: the editor may pick a published or scheduled program; readers see the
 * invitation only while the program is live. Not method-secured: it reveals only what program pages show.
 */
@Component
class ProgramsForArticles implements ProgramOffers {

    private static final EnumSet<PublishingStatus> CHOOSABLE = EnumSet.of(PublishingStatus.PUBLISHED,
            PublishingStatus.SCHEDULED);

    private final ProgramRepository programs;
    private final Clock clock;

    ProgramsForArticles(ProgramRepository programs, Clock clock) {
        this.programs = programs;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProgramOffer> choices() {
        return programs.findOffers(CHOOSABLE);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ProgramOffer> choosable(long programId) {
        return programs.findById(programId).filter(program -> CHOOSABLE.contains(program.publication().status()))
                .map(ProgramsForArticles::offer);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ProgramOffer> live(long programId) {
        return programs.findById(programId).filter(program -> program.publication().isLive(clock.instant()))
                .map(ProgramsForArticles::offer);
    }

    private static ProgramOffer offer(Program program) {
        return new ProgramOffer(program.id(), program.title(), program.slug());
    }
}
