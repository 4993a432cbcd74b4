package app.limber.content;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PictureRenditionRepository extends JpaRepository<PictureRendition, Long> {

    Optional<PictureRendition> findBySourceKeyAndSize(String sourceKey, PictureSize size);

    List<PictureRendition> findBySourceKey(String sourceKey);
}
