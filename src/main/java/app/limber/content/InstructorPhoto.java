package app.limber.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** An instructor's photo, shown to everyone while it is their profile's photo; the bytes are in the file storage. */
@Entity
@Table(name = "instructor_photos")
class InstructorPhoto extends StoredPicture {

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    protected InstructorPhoto() {
    }

    InstructorPhoto(long personId, String storageKey, String contentType, long sizeBytes, Instant now) {
        super(storageKey, contentType, sizeBytes, now);
        this.personId = personId;
    }

    long personId() {
        return personId;
    }

    /** Where pages load the photo from; a new upload gets a new address, so browsers may keep each for a year. */
    static String url(long id) {
        return "/media/instructor-photos/" + id;
    }
}
