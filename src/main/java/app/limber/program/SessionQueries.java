package app.limber.program;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The reads and writes behind today's page, the session player and the calendar feed, each one statement. */
interface SessionQueries extends Repository<Enrolment, Long> {

    @Query("select e from Enrolment e where e.personId = :personId"
            + " and e.status in (app.limber.program.EnrolmentStatus.ACTIVE, app.limber.program.EnrolmentStatus.PAUSED)"
            + " order by e.createdAt")
    List<Enrolment> openEnrolments(long personId);

    Optional<Enrolment> findById(long id);

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

    /** Titles and slugs of live public and members-only programs, newest first, for runners not in one yet. */
    @Query("select p.title, p.slug from Program p where (p.publication.status = app.limber.content.PublishingStatus.PUBLISHED"
            + " or (p.publication.status = app.limber.content.PublishingStatus.SCHEDULED and p.publication.publishAt <= :now))"
            + " order by p.createdAt desc limit 6")
    List<Object[]> livePrograms(Instant now);

    @Query(value = "select step_index from session_places where enrolment_id = :enrolmentId and day_number = :dayNumber",
            nativeQuery = true)
    Optional<Integer> place(long enrolmentId, int dayNumber);

    @Modifying
    @Query(value = "insert into session_places (enrolment_id, day_number, step_index, updated_at)"
            + " values (:enrolmentId, :dayNumber, :stepIndex, :now) on conflict (enrolment_id, day_number)"
            + " do update set step_index = excluded.step_index, updated_at = excluded.updated_at",
            nativeQuery = true)
    int savePlace(long enrolmentId, int dayNumber, int stepIndex, Instant now);

    @Modifying
    @Query(value = "delete from session_places where enrolment_id = :enrolmentId and day_number = :dayNumber",
            nativeQuery = true)
    int forgetPlace(long enrolmentId, int dayNumber);

    /** Records a completion unless that day is already done; 1 when recorded, 0 when it already was. */
    @Modifying
    @Query(value = "insert into session_completions (enrolment_id, person_id, day_number, completed_at, completed_on,"
            + " practised_seconds, routine_titles, feel, note) values (:enrolmentId, :personId, :dayNumber,"
            + " :completedAt, :completedOn, :seconds, :titles, cast(:feel as smallint), :note)"
            + " on conflict (enrolment_id, day_number) do nothing", nativeQuery = true)
    int insertCompletion(long enrolmentId, long personId, int dayNumber, Instant completedAt,
            java.time.LocalDate completedOn, int seconds, String titles, @Nullable Integer feel,
            String note);

    interface CompletedDay {
        long getEnrolmentId();

        int getDayNumber();
    }
}
