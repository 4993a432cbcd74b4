package app.limber.content;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RoutineImageRepository extends JpaRepository<RoutineImage, Long> {

    List<RoutineImage> findByRoutineId(long routineId);
}
