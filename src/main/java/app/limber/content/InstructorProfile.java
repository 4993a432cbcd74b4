package app.limber.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An instructor's public profile: a plain-text bio (cleaned on the way in) and the id of their current photo. */
@Entity
@Table(name = "instructor_profiles")
class InstructorProfile {

    static final int BIO_MAX = 600;

    @Id
    @Column(name = "person_id")
    private long personId;

    @Column(nullable = false, length = BIO_MAX)
    private String bio = "";

    @Column(name = "photo_id")
    private @Nullable Long photoId;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected InstructorProfile() {
    }

    InstructorProfile(long personId, Instant now) {
        this.personId = personId;
        this.updatedAt = now;
    }

    long personId() {
        return personId;
    }

    String bio() {
        return bio;
    }

    @Nullable Long photoId() {
        return photoId;
    }

    void setBio(String bio, Instant now) {
        this.bio = bio;
        this.updatedAt = now;
    }

    void setPhotoId(@Nullable Long photoId, Instant now) {
        this.photoId = photoId;
        this.updatedAt = now;
    }
}
