package app.limber.program;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgramImageRepository extends JpaRepository<ProgramImage, Long> {

    List<ProgramImage> findByProgramId(long programId);
}
