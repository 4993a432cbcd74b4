package app.limber.program;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SessionCompletionRepository extends JpaRepository<SessionCompletion, Long> {

    Optional<SessionCompletion> findByEnrolmentIdAndDayNumber(long enrolmentId, int dayNumber);

    List<SessionCompletion> findByEnrolmentIdOrderByDayNumber(long enrolmentId);

    List<SessionCompletion> findByPersonIdOrderByCompletedAt(long personId);

    @Query("select c.completedOn as date, sum(c.practisedSeconds) as seconds, count(c) as sessions"
            + " from SessionCompletion c where c.personId = :personId and c.completedOn between :from and :to"
            + " group by c.completedOn order by c.completedOn")
    List<DailyTotal> dailyTotals(long personId, LocalDate from, LocalDate to);

    @Query("select distinct c.completedOn from SessionCompletion c where c.personId = :personId")
    List<LocalDate> practisedDates(long personId);

    /** Completion, program title, how many sessions in all: a page of the person's sessions, newest first. */
    @Query("select c, p.title, count(*) over () from SessionCompletion c join Enrolment e on e.id = c.enrolmentId"
            + " join Program p on p.id = e.programId where c.personId = :personId"
            + " order by c.completedAt desc, c.id desc")
    List<Object[]> logPage(long personId, org.springframework.data.domain.Pageable page);

    long countByPersonId(long personId);

    @Modifying
    @Query("delete from SessionCompletion c where c.personId = :personId")
    int deleteByPerson(long personId);

    interface DailyTotal {
        LocalDate getDate();

        long getSeconds();

        long getSessions();
    }
}
