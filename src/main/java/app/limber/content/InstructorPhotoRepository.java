package app.limber.content;

import org.springframework.data.jpa.repository.JpaRepository;

interface InstructorPhotoRepository extends JpaRepository<InstructorPhoto, Long> {
}
