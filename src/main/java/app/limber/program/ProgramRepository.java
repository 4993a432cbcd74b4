package app.limber.program;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProgramRepository extends JpaRepository<Program, Long> {

    @Query("select distinct p from Program p left join fetch p.days where p.slug = :slug")
    Optional<Program> findBySlugWithDays(String slug);

    boolean existsBySlugAndIdNot(String slug, long id);
}
