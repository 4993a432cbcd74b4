package app.limber.program;

import static app.limber.platform.jobs.BackgroundJobs.timestamp;

import app.limber.account.SignedInPerson;
import app.limber.content.SessionRoutines;
import app.limber.platform.mail.Outbox;
import app.limber.settings.SiteSettingsService;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Remind me at 07:00 on days with a session": the runner's setting, the emails, and the unsubscribe link.
 * <p>
 * A reminder goes out once the runner's own local time has reached their reminder time, on a day when one of their
 * active programs has a practice day not done yet (never on rest days, never for a paused program). Each send first
 * claims the row (person, local date) in {@code session_reminders_sent} with {@code INSERT … ON CONFLICT DO NOTHING},
 * in the same transaction that queues the email in the outbox: however many nodes or runs race, one of them inserts
 * the row and queues the email, the others change nothing (decision 0011).
 */
@Service
public class SessionReminders {

    /** The time a new reminder is set for. */
    public static final LocalTime DEFAULT_TIME = LocalTime.of(7, 0);

    private static final Logger log = LoggerFactory.getLogger(SessionReminders.class);
    private static final String PURPOSE = "session-reminders:";

    private final JdbcClient db;
    private final SessionQueries queries;
    private final SessionRoutines routines;
    private final Outbox outbox;
    private final SiteSettingsService settings;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final String publicUrl;
    private final SecureRandom random = new SecureRandom();

    SessionReminders(JdbcClient db, SessionQueries queries, SessionRoutines routines, Outbox outbox,
            SiteSettingsService settings, Clock clock, PlatformTransactionManager transactionManager,
            @Value("${limber.public-url}") String publicUrl) {
        this.db = db;
        this.queries = queries;
        this.routines = routines;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    // ---- the runner's setting ----

    /** The caller's reminder time (in their own time zone), if they asked for reminders. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<LocalTime> myReminder() {
        return db.sql("select remind_at from session_reminders where person_id = :me")
                .param("me", SignedInPerson.current().personId()).query(LocalTime.class).optional();
    }

    /** Asks for a reminder email at this time of the caller's day, on days with a session; changes an earlier time. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void remindMeAt(LocalTime time) {
        long me = SignedInPerson.current().personId();
        LocalTime minute = time.withSecond(0).withNano(0);
        int changed = db.sql("update session_reminders set remind_at = :time where person_id = :me")
                .param("time", minute).param("me", me).update();
        if (changed == 0) {
            byte[] key = new byte[32];
            random.nextBytes(key);
            db.sql("""
                    insert into session_reminders (person_id, remind_at, signing_key, created_at)
                    values (:me, :time, :key, :now)""")
                    .param("me", me).param("time", minute)
                    .param("key", Base64.getUrlEncoder().withoutPadding().encodeToString(key))
                    .param("now", timestamp(clock.instant())).update();
        }
    }

    /** Turns the caller's reminders off; links in reminders already sent stop working. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void stopMyReminders() {
        db.sql("delete from session_reminders where person_id = :me")
                .param("me", SignedInPerson.current().personId()).update();
    }

    /**
     * The unsubscribe link of a reminder email: works without signing in, for the token in that email only. True when
     * it turned reminders off; false for a link that is incomplete, altered, or from before reminders were last off.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public boolean unsubscribe(String token) {
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return false;
        }
        long personId;
        try {
            personId = Long.parseLong(token.substring(0, dot));
        } catch (NumberFormatException notAnId) {
            return false;
        }
        Optional<String> key = db.sql("select signing_key from session_reminders where person_id = :id")
                .param("id", personId).query(String.class).optional();
        if (key.isEmpty() || !MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                token(personId, key.get()).getBytes(StandardCharsets.UTF_8))) {
            return false;
        }
        db.sql("delete from session_reminders where person_id = :id").param("id", personId).update();
        log.info("Session reminders turned off through the email link for person {}", personId);
        return true;
    }

    /** The address that turns this runner's reminders off. */
    String unsubscribeLink(long personId, String signingKey) {
        return publicUrl + "/reminders/stop?token=" + token(personId, signingKey);
    }

    private static String token(long personId, String signingKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingKey.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            byte[] signature = mac.doFinal((PURPOSE + personId).getBytes(StandardCharsets.US_ASCII));
            return personId + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", impossible);
        }
    }

    // ---- sending (the background job) ----

    private record Asked(long personId, LocalTime remindAt, String signingKey, String email, String name, ZoneId zone,
            @Nullable LocalDate lastSentFor) {
    }

    private record Session(String programTitle, int dayNumber, List<String> routineTitles) {
    }

    /** Sends the reminders that are due now; returns how many this call sent (queued in the outbox). */
    public int sendDue() {
        Instant now = clock.instant();
        List<Asked> due = db.sql("""
                select r.person_id, r.remind_at, r.signing_key, p.email, p.display_name, p.time_zone,
                    (select max(s.sent_for) from session_reminders_sent s where s.person_id = r.person_id)
                from session_reminders r join people p on p.id = r.person_id
                where p.enabled = true""")
                .query((rs, n) -> new Asked(rs.getLong(1), rs.getObject(2, LocalTime.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), zone(rs.getString(6)), rs.getObject(7, LocalDate.class)))
                .list().stream()
                .filter(asked -> {
                    ZonedDateTime local = now.atZone(asked.zone());
                    return !local.toLocalTime().isBefore(asked.remindAt())
                            && (asked.lastSentFor() == null || asked.lastSentFor().isBefore(local.toLocalDate()));
                }).toList();
        if (due.isEmpty()) {
            return 0;
        }
        Map<Long, List<Session>> sessions = sessionsToday(due, now);
        int sent = 0;
        for (Asked asked : due) {
            List<Session> today = sessions.getOrDefault(asked.personId(), List.of());
            if (!today.isEmpty() && claimAndQueue(asked, LocalDate.ofInstant(now, asked.zone()), today, now)) {
                sent++;
            }
        }
        return sent;
    }

    /** Practice days of active enrolments that fall on each runner's today and are not done yet. */
    private Map<Long, List<Session>> sessionsToday(List<Asked> due, Instant now) {
        Map<Long, ZoneId> zones = due.stream().collect(Collectors.toMap(Asked::personId, Asked::zone));
        List<Enrolment> enrolments = queries.activeEnrolments(zones.keySet());
        if (enrolments.isEmpty()) {
            return Map.of();
        }
        Map<Long, ProgramSchedule> schedules = ProgramSchedule.load(queries,
                enrolments.stream().map(Enrolment::programId).distinct().toList());
        Set<String> done = new HashSet<>();
        queries.completedDays(enrolments.stream().map(Enrolment::id).toList())
                .forEach(day -> done.add(day.getEnrolmentId() + ":" + day.getDayNumber()));
        Map<Long, SessionRoutines.Outline> outlines = routines.outlines(schedules.values().stream()
                .flatMap(schedule -> schedule.routineIds().stream()).distinct().toList());
        Map<Long, List<Session>> today = new HashMap<>();
        for (Enrolment enrolment : enrolments) {
            ProgramSchedule schedule = schedules.get(enrolment.programId());
            if (schedule == null) {
                continue;
            }
            LocalDate date = LocalDate.ofInstant(now, zones.get(enrolment.personId()));
            int day = ProgramCalendar.todaysDay(enrolment.startDate(), schedule.lengthDays(), date);
            if (day == 0 || schedule.day(day).isRest() || done.contains(enrolment.id() + ":" + day)) {
                continue;
            }
            List<String> titles = schedule.day(day).routineIds().stream().map(outlines::get)
                    .filter(java.util.Objects::nonNull).map(SessionRoutines.Outline::title).toList();
            today.computeIfAbsent(enrolment.personId(), id -> new ArrayList<>())
                    .add(new Session(schedule.title(), day, titles));
        }
        return today;
    }

    /** Claims (person, date) and queues the email in one transaction; false when someone else claimed it first. */
    private boolean claimAndQueue(Asked asked, LocalDate date, List<Session> today, Instant now) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            int claimed = db.sql("""
                    insert into session_reminders_sent (person_id, sent_for, sent_at) values (:person, :date, :now)
                    on conflict do nothing""")
                    .param("person", asked.personId()).param("date", date).param("now", timestamp(now)).update();
            if (claimed == 0) {
                return false;
            }
            outbox.enqueue(message(asked, today));
            return true;
        }));
    }

    private SimpleMailMessage message(Asked asked, List<Session> today) {
        String site = settings.siteName();
        Session first = today.getFirst();
        String lines = today.stream().map(session -> "- " + session.programTitle() + ", day " + session.dayNumber()
                + (session.routineTitles().isEmpty() ? "" : ": " + String.join(", ", session.routineTitles())))
                .collect(Collectors.joining("\n"));
        String subject = "Today: " + first.programTitle() + ", day " + first.dayNumber()
                + (today.size() > 1 ? " and more" : "");
        return Outbox.letter(settings.current().mailSender(), asked.email(), subject, """
                Hello %s,

                Today's practice at %s:
                %s

                Open today's session: %s/today

                You get this email because you asked for a reminder at %s on days with a session.
                Stop these reminders (no need to sign in): %s
                """.formatted(asked.name(), site, lines, publicUrl, asked.remindAt(),
                unsubscribeLink(asked.personId(), asked.signingKey())));
    }

    private static ZoneId zone(@Nullable String zone) {
        try {
            return zone == null ? ZoneOffset.UTC : ZoneId.of(zone);
        } catch (DateTimeException unknown) {
            return ZoneOffset.UTC;
        }
    }
}
