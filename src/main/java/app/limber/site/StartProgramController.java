package app.limber.site;

import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.program.EnrolmentService;
import app.limber.program.MyEnrolment;
import app.limber.program.ProgramPage;
import app.limber.site.StartProgramContent.Way;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * "Start this program" ({@code /programs/{slug}/start}): a signed-in runner picks a start date and is enrolled (the
 * enrolment service's rules: one open enrolment per program, start dates within range); a visitor is sent to sign
 * up with the program named, and is enrolled once their email is confirmed, or told how to get an invitation while
 * registration is closed. The form posts and redirects, so a reload never enrols twice.
 */
@RestController
class StartProgramController {

    private final app.limber.program.ProgramService programs;
    private final EnrolmentService enrolments;
    private final PublicPages pages;
    private final PublicUrls urls;
    private final Clock clock;

    StartProgramController(app.limber.program.ProgramService programs, EnrolmentService enrolments, PublicPages pages,
            PublicUrls urls, Clock clock) {
        this.clock = clock;
        this.programs = programs;
        this.enrolments = enrolments;
        this.pages = pages;
        this.urls = urls;
    }

    @GetMapping("/programs/{slug}/start")
    ResponseEntity<byte[]> page(HttpServletRequest request, @PathVariable String slug,
            @RequestParam(name = "enrolled", required = false) @Nullable String enrolled) {
        SiteFrame frame = pages.frame(request);
        ProgramPage program = programs.findLive(slug, frame.signedIn()).orElseThrow(NotFoundException::new);
        SignedInPerson reader = SignedInPerson.currentOrNull();
        if (reader == null) {
            Way way = frame.registrationOpen() ? Way.REGISTER : Way.INVITATION;
            String register = "/register?program=" + URLEncoder.encode(program.slug(), StandardCharsets.UTF_8);
            LocalDate today = LocalDate.now(clock);
            return render(request, frame, new StartProgramContent(program, way, register, today, today, today, null,
                    null, false), HttpStatus.OK, PublicPages.Audience.EVERYONE);
        }
        return runnerPage(request, frame, program, null, null, enrolled != null, HttpStatus.OK);
    }

    @PostMapping("/programs/{slug}/start")
    ResponseEntity<byte[]> start(HttpServletRequest request, @PathVariable String slug,
            @RequestParam(name = "startDate", required = false) @Nullable String startDate) {
        SiteFrame frame = pages.frame(request);
        ProgramPage program = programs.findLive(slug, frame.signedIn()).orElseThrow(NotFoundException::new);
        if (!isRunner(SignedInPerson.currentOrNull())) {
            return runnerPage(request, frame, program, null, null, false, HttpStatus.FORBIDDEN);
        }
        Optional<LocalDate> date = parse(startDate);
        if (date.isEmpty()) {
            return runnerPage(request, frame, program, null, "Choose a start date.", false, HttpStatus.BAD_REQUEST);
        }
        try {
            enrolments.enrol(program.id(), date.get());
        } catch (IllegalArgumentException refused) {
            return runnerPage(request, frame, program, date.get(), refused.getMessage(), false,
                    HttpStatus.BAD_REQUEST);
        }
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(URI.create("/programs/" + program.slug() + "/start?enrolled=yes")).build();
    }

    private ResponseEntity<byte[]> runnerPage(HttpServletRequest request, SiteFrame frame, ProgramPage program,
            @Nullable LocalDate tried, @Nullable String problem, boolean justEnrolled, HttpStatus status) {
        SignedInPerson reader = SignedInPerson.current();
        // The reader's own calendar day (the enrolment service's today() is for runners only).
        LocalDate today = LocalDate.now(clock.withZone(SignedInPerson.currentZone()));
        LocalDate earliest = EnrolmentService.earliestStart(today, program.lengthDays());
        LocalDate latest = EnrolmentService.latestStart(today);
        Way way = Way.NOT_A_RUNNER;
        String enrolment = null;
        if (isRunner(reader)) {
            Optional<MyEnrolment> open = enrolments.myOpenEnrolment(program.id());
            way = open.isPresent() ? Way.ENROLLED : Way.CHOOSE_DATE;
            enrolment = open.map(found -> EnrolmentText.of(found, today)).orElse(null);
        }
        return render(request, frame, new StartProgramContent(program, way, null, tried == null ? today : tried,
                earliest, latest, problem, enrolment, justEnrolled), status, PublicPages.Audience.PRIVATE);
    }

    private ResponseEntity<byte[]> render(HttpServletRequest request, SiteFrame frame, StartProgramContent content,
            HttpStatus status, PublicPages.Audience audience) {
        String path = "/programs/" + content.program().slug() + "/start";
        PageMeta meta = new PageMeta(pages.title("Start " + content.program().title()),
                "Start “" + content.program().title() + "”: choose the day you begin, and each day's session is ready.",
                urls.absolute(path), urls.shareImage(content.program().coverUrl()), "website", List.of(), false);
        return pages.render(request, status, "programs/start", frame, meta, content, audience);
    }

    private static boolean isRunner(@Nullable SignedInPerson reader) {
        return reader != null && reader.roles().contains(Role.RUNNER);
    }

    private static Optional<LocalDate> parse(@Nullable String date) {
        if (date == null || date.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(date.strip()));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }
}
