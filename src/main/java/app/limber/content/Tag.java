package app.limber.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A topic such as "ankle mobility", shared by routines and articles. */
@Entity
@Table(name = "tags")
public class Tag {

    public static final int NAME_MAX = 40;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(nullable = false, length = 60)
    private String slug;

    protected Tag() {
        this.name = "";
        this.slug = "";
    }

    Tag(String name) {
        this.name = name.strip();
        this.slug = Slugs.of(name);
    }

    public String getName() {
        return name;
    }

    public String getSlug() {
        return slug;
    }
}
