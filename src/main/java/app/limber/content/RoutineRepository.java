package app.limber.content;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RoutineRepository extends JpaRepository<Routine, Long>, RoutineListQueries {

    boolean existsBySlug(String slug);

    @Query("select r from Routine r left join fetch r.steps where r.slug = :slug")
    Optional<Routine> findBySlugWithSteps(String slug);

    @Query("select r from Routine r left join fetch r.steps where r.id = :id")
    Optional<Routine> findByIdWithSteps(long id);
}
