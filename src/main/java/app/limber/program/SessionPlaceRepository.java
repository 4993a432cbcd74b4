package app.limber.program;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SessionPlaceRepository extends JpaRepository<SessionPlace, SessionPlace.Key> {

    /**
     * Records the step of a session in one statement, inserting or moving the place (standard SQL MERGE, which
     * PostgreSQL 15+ and H2 both run), instead of a lookup followed by an insert or an update.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query(nativeQuery = true, value = """
            merge into session_places p
            using (values (cast(:enrolmentId as bigint), cast(:dayNumber as integer))) as s (enrolment_id, day_number)
               on p.enrolment_id = s.enrolment_id and p.day_number = s.day_number
             when matched then update set step_index = :stepIndex, updated_at = :now
             when not matched then insert (enrolment_id, day_number, step_index, updated_at)
                  values (s.enrolment_id, s.day_number, :stepIndex, :now)""")
    void record(long enrolmentId, int dayNumber, int stepIndex, Instant now);

    /**
     * Where the runner stands on a day, in one statement: whether it is done (0 or 1), the step to resume at (null
     * when none was kept) and the person's marks on its steps, as {@code routineId:stepIndex:VERDICT} joined by
     * commas (null when none), so that opening the player doesn't take a statement of its own for them.
     */
    @Query(nativeQuery = true, value = """
            select (select count(*) from session_completions c
                     where c.enrolment_id = :enrolmentId and c.day_number = :dayNumber) as done,
                   (select p.step_index from session_places p
                     where p.enrolment_id = :enrolmentId and p.day_number = :dayNumber) as place,
                   (select string_agg(cast(f.routine_id as varchar(20)) || ':' || cast(f.step_index as varchar(10))
                                      || ':' || f.verdict, ',')
                      from step_feedback f
                     where f.enrolment_id = :enrolmentId and f.day_number = :dayNumber
                       and f.person_id = :personId) as marks""")
    List<Object[]> standing(long enrolmentId, int dayNumber, long personId);
}
