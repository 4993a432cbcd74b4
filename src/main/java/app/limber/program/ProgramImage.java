package app.limber.program;

import app.limber.content.StoredPicture;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A program's cover picture. It is shown to whoever may see the program; the bytes are in the file storage. */
@Entity
@Table(name = "program_images")
class ProgramImage extends StoredPicture {

    @Column(name = "program_id", nullable = false, updatable = false)
    private long programId;

    protected ProgramImage() {
    }

    ProgramImage(long programId, String storageKey, String contentType, long sizeBytes, Instant now) {
        super(storageKey, contentType, sizeBytes, now);
        this.programId = programId;
    }

    long programId() {
        return programId;
    }

    /** Where pages load the picture from. */
    static String url(long id) {
        return "/media/program-images/" + id;
    }
}
