package app.limber.program;

import org.springframework.data.jpa.repository.JpaRepository;

interface SessionPlaceRepository extends JpaRepository<SessionPlace, SessionPlace.Key> {
}
