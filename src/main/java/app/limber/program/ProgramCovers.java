package app.limber.program;

import app.limber.account.SignedInPerson;
import app.limber.content.MediaFile;
import app.limber.content.PictureFile;
import app.limber.content.PictureSize;
import app.limber.content.PictureUploads;
import app.limber.content.StudioChange;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Programs' cover pictures: uploaded straight into the file storage (checked like every picture) by the program's
 * author or an admin, and served to whoever may see the program.
 */
@Service
@PreAuthorize("hasRole('INSTRUCTOR')")
public class ProgramCovers {

    private final ProgramRepository programs;
    private final ProgramImageRepository images;
    private final PictureUploads uploads;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ProgramCovers(ProgramRepository programs, ProgramImageRepository images, PictureUploads uploads,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.programs = programs;
        this.images = images;
        this.uploads = uploads;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    public long maxBytes() {
        return uploads.maxBytes();
    }

    /** Where pages load a cover picture from. */
    public static String url(long imageId) {
        return ProgramImage.url(imageId);
    }

    /** Stores a new cover for the program and returns its id; the program uses it once saved with it. */
    public long upload(long programId, InputStream content) {
        transaction.executeWithoutResult(status -> StudioChange.requireEditable(
                programs.findById(programId).orElseThrow(ProgramService::gone), "program"));
        return uploads.storeAndRecord(content, stored -> Objects.requireNonNull(transaction.execute(
                status -> images.save(new ProgramImage(programId, stored.storageKey(), stored.contentType(),
                        stored.sizeBytes(), clock.instant())).id())));
    }

    /**
     * A cover for the media endpoint: for the author and admins always, for everyone while the program is live (a
     * members-only program's cover is part of its public teaser).
     */
    @PreAuthorize("permitAll()")
    public Optional<MediaFile> open(long imageId) {
        return transaction.execute(status -> images.findById(imageId)
                .filter(image -> programs.findById(image.programId())
                        .filter(program -> mayViewCover(program, image)).isPresent())
                .map(image -> uploads.open(image.storageKey(), image.contentType())));
    }

    /** A cover in one of the page sizes, for whoever may see the program (as {@link #open}). */
    @PreAuthorize("permitAll()")
    public Optional<PictureFile> openSize(long imageId, PictureSize size) {
        return Optional.ofNullable(transaction.execute(status -> images.findById(imageId)
                .flatMap(image -> programs.findById(image.programId()).filter(program -> mayViewCover(program, image))
                        .map(program -> new Source(image, program.coverForEveryone(clock.instant()))))
                .orElse(null)))
                .map(source -> new PictureFile(uploads.openSize(source.image().storageKey(),
                        source.image().contentType(), size), source.forEveryone()));
    }

    private record Source(ProgramImage image, boolean forEveryone) {
    }

    /** Refuses a cover that isn't one of this program's own pictures (called inside the save). */
    void requireOwnPicture(long programId, @Nullable Long imageId) {
        if (imageId != null && images.findById(imageId).filter(image -> image.programId() == programId).isEmpty()) {
            throw new IllegalArgumentException("That cover picture doesn't belong to this program. Upload it again.");
        }
    }

    /** Pictures uploaded for the program other than its cover are removed (rows now, files after the commit). */
    void removeUnused(long programId, @Nullable Long coverId) {
        List<ProgramImage> unused = images.findByProgramId(programId).stream()
                .filter(image -> coverId == null || image.id() != coverId).toList();
        if (unused.isEmpty()) {
            return;
        }
        images.deleteAll(unused);
        List<String> keys = unused.stream().map(ProgramImage::storageKey).toList();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                keys.forEach(uploads::deleteQuietly);
            }
        });
    }

    /** The program's current cover follows {@code coverVisibleTo}; any other upload the program's visibility. */
    private boolean mayViewCover(Program program, ProgramImage image) {
        SignedInPerson caller = SignedInPerson.currentOrNull();
        return Objects.equals(program.coverImageId(), image.id())
                ? program.coverVisibleTo(caller, clock.instant()) : program.visibleTo(caller, clock.instant());
    }
}
