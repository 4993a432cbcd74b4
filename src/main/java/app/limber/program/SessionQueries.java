package app.limber.program;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The reads and writes behind today's page, the session player and the calendar feed, each one statement. */
interface SessionQueries extends Repository<Enrolment, Long> {

    @Query("select e from Enrolment e where e.personId = :personId"
            + " and e.status in (app.limber.program.EnrolmentStatus.ACTIVE, app.limber.program.EnrolmentStatus.PAUSED)"
            + " order by e.createdAt")
    List<Enrolment> openEnrolments(long personId);

    Optional<Enrolment> findById(long id);

    @Query("select e from Enrolment e where e.personId in :personIds"
            + " and e.status = app.limber.program.EnrolmentStatus.ACTIVE order by e.createdAt")
    List<Enrolment> activeEnrolments(Collection<Long> personIds);

    Optional<Enrolment> findByCalendarTokenHash(String calendarTokenHash);

    @Query("select c.enrolmentId as enrolmentId, c.dayNumber as dayNumber from SessionCompletion c"
            + " where c.enrolmentId in :enrolmentIds")
    List<CompletedDay> completedDays(Collection<Long> enrolmentIds);

    /** Program id, title, slug, length in days. */
    @Query("select p.id, p.title, p.slug, p.lengthDays from Program p where p.id in :programIds")
    List<Object[]> programRows(Collection<Long> programIds);

    /** Program id, day number, note, routine id (null for a day without routines), in program order. */
    @Query("select d.program.id, d.dayNumber, d.note, r from ProgramDay d left join d.routineIds r"
            + " where d.program.id in :programIds order by d.program.id, d.dayNumber, index(r)")
    List<Object[]> dayRows(Collection<Long> programIds);

    /** Program id, day number, self-test id: the self-tests program days prompt runners to record. */
    @Query("select d.program.id, d.dayNumber, t from ProgramDay d join d.selfTestIds t where d.program.id in :programIds")
    List<Object[]> selfTestRows(Collection<Long> programIds);

    /** Titles and slugs of live public and members-only programs, newest first, for runners not in one yet. */
    @Query("select p.title, p.slug from Program p where (p.publication.status = app.limber.content.PublishingStatus.PUBLISHED"
            + " or (p.publication.status = app.limber.content.PublishingStatus.SCHEDULED and p.publication.publishAt <= :now))"
            + " order by p.createdAt desc limit 6")
    List<Object[]> livePrograms(Instant now);

    interface CompletedDay {
        long getEnrolmentId();

        int getDayNumber();
    }
}
