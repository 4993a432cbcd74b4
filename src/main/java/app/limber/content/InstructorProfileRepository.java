package app.limber.content;

import org.springframework.data.jpa.repository.JpaRepository;

interface InstructorProfileRepository extends JpaRepository<InstructorProfile, Long> {
}
