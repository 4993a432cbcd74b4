package app.limber.content;

import app.limber.account.PersonDirectory;
import app.limber.account.SignedInPerson;
import app.limber.platform.text.Text;
import java.io.InputStream;
import java.time.Clock;
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
 * Instructors' public profiles: a plain-text bio of at most {@value InstructorProfile#BIO_MAX} characters and a
 * photo, edited by the instructor on their account page and shown to everyone in the author box, on the
 * instructor's page and in its {@code Person} data.
 */
@Service
@PreAuthorize("hasRole('INSTRUCTOR')")
public class InstructorProfiles {

    /** What pages show of an instructor; an empty bio and no photo when they haven't written one. */
    public record Profile(String bio, @Nullable Long photoId) {

        public static final Profile EMPTY = new Profile("", null);

        /** Where pages load the photo from; null without one. */
        public @Nullable String photoUrl() {
            return photoId == null ? null : InstructorPhoto.url(photoId);
        }
    }

    /** Where pages load this photo from. */
    public static String photoUrl(long photoId) {
        return InstructorPhoto.url(photoId);
    }

    private final InstructorProfileRepository profiles;
    private final InstructorPhotoRepository photos;
    private final PictureUploads pictures;
    private final PersonDirectory people;
    private final TransactionTemplate transaction;
    private final Clock clock;

    InstructorProfiles(InstructorProfileRepository profiles, InstructorPhotoRepository photos, PictureUploads pictures,
            PersonDirectory people, PlatformTransactionManager transactionManager, Clock clock) {
        this.profiles = profiles;
        this.photos = photos;
        this.pictures = pictures;
        this.people = people;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    public static int bioMaxLength() {
        return InstructorProfile.BIO_MAX;
    }

    public long maxPhotoBytes() {
        return pictures.maxBytes();
    }

    /** The profile pages show for this person (empty when they have none). */
    @PreAuthorize("permitAll()")
    public Profile of(long personId) {
        return Objects.requireNonNull(transaction.execute(status -> profiles.findById(personId)
                .map(profile -> new Profile(profile.bio(), profile.photoId()))
                .orElse(Profile.EMPTY)));
    }

    /** The signed-in instructor's own profile, for the account page. */
    public Profile mine() {
        return of(SignedInPerson.current().personId());
    }

    /** Saves the signed-in instructor's bio; refused with a clear message (nothing saved) when it is too long. */
    public Profile saveBio(String bio) {
        String cleaned = Text.clean(bio).strip();
        if (cleaned.length() > InstructorProfile.BIO_MAX) {
            throw new IllegalArgumentException("Keep the bio to " + InstructorProfile.BIO_MAX + " characters; it has "
                    + cleaned.length() + ".");
        }
        long me = SignedInPerson.current().personId();
        transaction.executeWithoutResult(status -> profileOf(me).setBio(cleaned, clock.instant()));
        return of(me);
    }

    /**
     * Stores a new photo for the signed-in instructor, makes it their profile's photo (the previous one is removed)
     * and returns its id.
     * Refused with {@link UploadRejectedException} (nothing changed) when the file isn't a picture or is too big.
     */
    public long uploadPhoto(InputStream content) {
        long me = SignedInPerson.current().personId();
        return pictures.storeAndRecord(content, stored -> Objects.requireNonNull(transaction.execute(status -> {
            long id = photos.save(new InstructorPhoto(me, stored.storageKey(), stored.contentType(),
                    stored.sizeBytes(), clock.instant())).id();
            replacePhoto(me, id);
            return id;
        })));
    }

    /** Takes the signed-in instructor's photo off their profile (the author box shows their initial again). */
    public Profile removePhoto() {
        long me = SignedInPerson.current().personId();
        transaction.executeWithoutResult(status -> replacePhoto(me, null));
        return of(me);
    }

    /** An instructor's current photo, for everyone; other (replaced) photos and non-instructors' are not found. */
    @PreAuthorize("permitAll()")
    public Optional<PictureFile> openPhoto(long photoId) {
        return Optional.ofNullable(transaction.execute(status -> currentPhoto(photoId).orElse(null)))
                .map(photo -> new PictureFile(pictures.open(photo.storageKey(), photo.contentType()), true));
    }

    /** An instructor's current photo in a page size, for everyone (shared caches may keep it). */
    @PreAuthorize("permitAll()")
    public Optional<PictureFile> openPhotoSize(long photoId, PictureSize size) {
        return Optional.ofNullable(transaction.execute(status -> currentPhoto(photoId).orElse(null)))
                .map(photo -> new PictureFile(pictures.openSize(photo.storageKey(), photo.contentType(), size), true));
    }

    private Optional<InstructorPhoto> currentPhoto(long photoId) {
        return photos.findById(photoId)
                .filter(photo -> profiles.findById(photo.personId())
                        .filter(profile -> Objects.equals(profile.photoId(), photoId)).isPresent())
                .filter(photo -> people.instructorName(photo.personId()).isPresent());
    }

    private InstructorProfile profileOf(long personId) {
        return profiles.findById(personId).orElseGet(() -> profiles.save(new InstructorProfile(personId, clock.instant())));
    }

    /** Points the profile at the new photo (or none) and removes the old photo: its row now, its file after commit. */
    private void replacePhoto(long personId, @Nullable Long photoId) {
        InstructorProfile profile = profileOf(personId);
        Long previous = profile.photoId();
        profile.setPhotoId(photoId, clock.instant());
        profiles.flush();
        if (previous != null && !previous.equals(photoId)) {
            photos.findById(previous).ifPresent(old -> {
                photos.delete(old);
                String key = old.storageKey();
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        pictures.deleteQuietly(key);
                    }
                });
            });
        }
    }
}
