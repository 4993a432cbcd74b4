package app.limber.program;

import app.limber.account.AuditAction;
import app.limber.account.AuditLog;
import app.limber.account.SignedInPerson;
import app.limber.content.SessionRoutines;
import app.limber.settings.SiteSettingsService;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A calendar feed per enrolment, so the runner's phone calendar shows the sessions. Its address carries a random
 * 256-bit secret; only the secret's SHA-256 is stored. Turning the feed on again gives a new address and the old
 * one stops working; revoking stops it altogether; leaving the program ends it too.
 */
@Service
public class CalendarFeedService {

    /** Where feeds are served, before the secret. */
    public static final String PATH_PREFIX = "/calendar/";

    private final SessionQueries queries;
    private final EnrolmentRepository enrolments;
    private final SessionRoutines routines;
    private final AuditLog auditLog;
    private final Clock clock;
    private final SiteSettingsService settings;
    private final String publicUrl;
    private final SecureRandom random = new SecureRandom();

    CalendarFeedService(SessionQueries queries, EnrolmentRepository enrolments, SessionRoutines routines,
            AuditLog auditLog, Clock clock, SiteSettingsService settings,
            @Value("${limber.public-url}") String publicUrl) {
        this.queries = queries;
        this.enrolments = enrolments;
        this.routines = routines;
        this.auditLog = auditLog;
        this.clock = clock;
        this.settings = settings;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** Gives the caller's enrolment a new secret feed address (any earlier one stops working) and returns it. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public String newAddress(long enrolmentId) {
        Enrolment enrolment = ownOpenEnrolment(enrolmentId);
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        enrolment.setCalendarTokenHash(hash(token), clock.instant());
        enrolments.saveAndFlush(enrolment);
        auditLog.record(AuditAction.CALENDAR_ADDRESS_CREATED, "enrolment", enrolmentId, "Calendar feed");
        return publicUrl + PATH_PREFIX + token + ".ics";
    }

    /** Stops the caller's enrolment's feed: its address answers "not found" from now on. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void revoke(long enrolmentId) {
        Enrolment enrolment = ownOpenEnrolment(enrolmentId);
        enrolment.setCalendarTokenHash(null, clock.instant());
        enrolments.saveAndFlush(enrolment);
        auditLog.record(AuditAction.CALENDAR_REVOKED, "enrolment", enrolmentId, "Calendar feed");
    }

    /** The feed for a secret from an address, for anyone holding it; empty when unknown, revoked or left. */
    @Transactional(readOnly = true)
    public Optional<String> feed(String token) {
        if (token.length() != 43) {
            return Optional.empty();
        }
        return queries.findByCalendarTokenHash(hash(token)).filter(enrolment -> enrolment.status().isOpen())
                .flatMap(this::render);
    }

    private Optional<String> render(Enrolment enrolment) {
        ProgramSchedule schedule = ProgramSchedule.load(queries, List.of(enrolment.programId()))
                .get(enrolment.programId());
        if (schedule == null) {
            return Optional.empty();
        }
        Map<Long, SessionRoutines.Outline> outlines = routines.outlines(schedule.routineIds());
        ProgramSchedule playing = schedule.playing(outlines.keySet());
        List<CalendarFeed.Event> events = new ArrayList<>();
        for (int day : playing.practiceDays()) {
            ProgramSchedule.ScheduledDay scheduled = playing.day(day);
            List<String> titles = scheduled.routineIds().stream().map(outlines::get).filter(Objects::nonNull)
                    .map(SessionRoutines.Outline::title).toList();
            int minutes = (scheduled.routineIds().stream().map(outlines::get).filter(Objects::nonNull)
                    .mapToInt(SessionRoutines.Outline::totalSeconds).sum() + 59) / 60;
            String url = publicUrl + "/" + SessionService.sessionPath(enrolment.id(), day);
            String description = (scheduled.note().isBlank() ? "" : scheduled.note() + "\n\n")
                    + schedule.title() + ", day " + day + " of " + schedule.lengthDays()
                    + (minutes > 0 ? ", about " + minutes + " min" : "") + ".\nStart the session: " + url;
            events.add(new CalendarFeed.Event("enrolment-" + enrolment.id() + "-day-" + day + "@limber",
                    ProgramCalendar.dateOf(enrolment.startDate(), day),
                    "Day " + day + ": " + (titles.isEmpty() ? schedule.title() : String.join(", ", titles)),
                    description, url));
        }
        return Optional.of(CalendarFeed.write(schedule.title() + " · " + settings.siteName(), clock.instant(), events));
    }

    private Enrolment ownOpenEnrolment(long enrolmentId) {
        Enrolment enrolment = enrolments.findById(enrolmentId)
                .filter(found -> found.personId() == SignedInPerson.current().personId())
                .orElseThrow(() -> new AccessDeniedException("This enrolment isn't yours."));
        if (!enrolment.status().isOpen()) {
            throw new IllegalArgumentException("You have left this program.");
        }
        return enrolment;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
