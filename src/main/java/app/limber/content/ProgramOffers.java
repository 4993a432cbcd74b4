package app.limber.content;

import java.util.List;
import java.util.Optional;

/**
 * Programs for articles' calls to action, provided by the program feature (which depends on content, not the other
 * way round): which programs an instructor may pick, and whether one is open to readers now.
 */
public interface ProgramOffers {

    /** Published and scheduled programs, by title: what the article editor offers. */
    List<ProgramOffer> choices();

    /** The program if it is published or scheduled (it may be picked), whether or not it is live yet. */
    Optional<ProgramOffer> choosable(long programId);

    /** The program if it is live now (published, or scheduled and its time has come): what readers are shown. */
    Optional<ProgramOffer> live(long programId);
}
