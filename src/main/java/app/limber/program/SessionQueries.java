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

    /**
     * The person's open enrolments, each with a day it has completed, in one statement: one row per completed day
     * (the enrolment and the day number), or one row with a null day for an enrolment with none, in enrolment order.
     */
    @Query("select e, c.dayNumber from Enrolment e left join SessionCompletion c on c.enrolmentId = e.id"
            + " where e.personId = :personId"
            + " and e.status in (app.limber.program.EnrolmentStatus.ACTIVE, app.limber.program.EnrolmentStatus.PAUSED)"
            + " order by e.createdAt, e.id")
    List<Object[]> openEnrolmentsWithCompletedDays(long personId);

    @Query("select e from Enrolment e where e.personId in :personIds"
            + " and e.status = app.limber.program.EnrolmentStatus.ACTIVE order by e.createdAt")
    List<Enrolment> activeEnrolments(Collection<Long> personIds);

    Optional<Enrolment> findByCalendarTokenHash(String calendarTokenHash);

    @Query("select c.enrolmentId as enrolmentId, c.dayNumber as dayNumber from SessionCompletion c"
            + " where c.enrolmentId in :enrolmentIds")
    List<CompletedDay> completedDays(Collection<Long> enrolmentIds);

    /**
     * The programs and every day of them with what it holds, in one statement. Columns: program id, day number,
     * text, kind, item, position, slug. Kind {@code P} is the program itself (day 0; text is its title, item its
     * length in days, slug its slug); {@code R} a routine of the day (item is the routine id, in order of position);
     * {@code T} a self-test prompt (item is the self-test id); null a day without routines. Text of a day is its note.
     */
    @Query(nativeQuery = true, value = """
            select p.id as program_id, 0 as day_number, p.title as text, 'P' as kind,
                   cast(p.length_days as bigint) as item, 0 as pos, p.slug as slug
              from programs p
             where p.id in (:programIds)
            union all
            select d.program_id, d.day_number, d.note, case when r.routine_id is null then null else 'R' end,
                   r.routine_id, coalesce(r.position, 0), null
              from program_days d left join program_day_routines r on r.program_day_id = d.id
             where d.program_id in (:programIds)
            union all
            select d.program_id, d.day_number, d.note, 'T', t.self_test_id, 0, null
              from program_days d join program_day_self_tests t on t.program_day_id = d.id
             where d.program_id in (:programIds)
             order by 1, 2, 4, 6""")
    List<Object[]> dayContents(Collection<Long> programIds);

    /** Who wrote a program, for the preview's access check. */
    @Query("select p.authorId from Program p where p.id = :programId")
    Optional<Long> authorOfProgram(long programId);

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
