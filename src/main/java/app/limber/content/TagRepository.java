package app.limber.content;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;

interface TagRepository extends JpaRepository<Tag, Long> {

    Optional<Tag> findBySlug(String slug);

    /** The tags with these names, in order, creating the ones that do not exist yet; blank names are skipped. */
    default Set<Tag> resolve(Set<String> names) {
        Set<Tag> resolved = new LinkedHashSet<>();
        for (String name : names) {
            if (!name.isBlank()) {
                resolved.add(findBySlug(Slugs.of(name)).orElseGet(() -> save(new Tag(name))));
            }
        }
        return resolved;
    }
}
