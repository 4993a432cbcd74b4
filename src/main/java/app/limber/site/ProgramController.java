package app.limber.site;

import app.limber.content.InstructorProfiles;

import app.limber.site.seo.StructuredData;
import app.limber.site.seo.StructuredData.Crumb;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.program.EnrolmentService;
import app.limber.program.MyEnrolment;
import app.limber.program.ProgramPage;
import app.limber.program.ProgramService;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Programs for readers: the list ({@code /programs}), a program's landing page, and the studio's preview. */
@RestController
class ProgramController {

    private final ProgramService programs;
    private final EnrolmentService enrolments;
    private final PublicPages pages;
    private final PublicUrls urls;
    private final StructuredData structuredData;
    private final InstructorProfiles instructors;

    ProgramController(ProgramService programs, EnrolmentService enrolments, PublicPages pages, PublicUrls urls,
            StructuredData structuredData, InstructorProfiles instructors) {
        this.instructors = instructors;
        this.structuredData = structuredData;
        this.programs = programs;
        this.enrolments = enrolments;
        this.pages = pages;
        this.urls = urls;
    }

    @GetMapping("/programs")
    ResponseEntity<byte[]> list(HttpServletRequest request) {
        SiteFrame frame = pages.frame(request);
        PageMeta meta = new PageMeta(pages.title("Programs"), "Multi-week plans for runners that mix mobility, "
                + "strength and flexibility: pick one, choose your start date, and each day's session is ready.",
                urls.absolute("/programs"), urls.shareImage(null), "website",
                List.of(structuredData.collectionPage("Programs", "/programs")), true);
        return pages.render(request, HttpStatus.OK, "programs/list", frame, meta,
                new ProgramListContent(programs.liveCards(frame.signedIn())), PublicPages.Audience.EVERYONE);
    }

    @GetMapping("/programs/{slug}")
    ResponseEntity<byte[]> program(HttpServletRequest request, @PathVariable String slug) {
        SiteFrame frame = pages.frame(request);
        Optional<ProgramPage> found = programs.findLive(slug, frame.signedIn());
        if (found.isEmpty()) {
            return MembersOnlyPages.programTeaserOrNotFound(pages, urls, request, frame,
                    frame.signedIn() ? Optional.empty() : programs.membersOnlyTeaser(slug));
        }
        ProgramPage program = found.get();
        return pages.render(request, HttpStatus.OK, "programs/program", frame, meta(program),
                ProgramContent.of(program, enrolment(program), null, instructors.of(program.authorId())),
                PublicPages.Audience.EVERYONE, program.changedAt());
    }

    /** The studio's preview of a program in any status, to its author and admins only. */
    @GetMapping("/studio/programs/{id}/preview")
    ResponseEntity<byte[]> preview(HttpServletRequest request, @PathVariable long id) {
        SiteFrame frame = pages.frame(request);
        ProgramPage program = programs.preview(id).orElseThrow(NotFoundException::new);
        return pages.render(request, HttpStatus.OK, "programs/program", frame, meta(program).notIndexed(),
                ProgramContent.of(program, null, "/studio/programs/" + id, instructors.of(program.authorId())),
                PublicPages.Audience.PRIVATE);
    }

    /** Where a signed-in runner enrolled in this program stands; null for everyone else. */
    private @Nullable String enrolment(ProgramPage program) {
        SignedInPerson reader = SignedInPerson.currentOrNull();
        if (reader == null || !reader.roles().contains(Role.RUNNER)) {
            return null;
        }
        return enrolments.myOpenEnrolment(program.id()).map(this::describe).orElse(null);
    }

    private String describe(MyEnrolment enrolment) {
        return EnrolmentText.of(enrolment, enrolments.today());
    }

    private PageMeta meta(ProgramPage program) {
        String path = "/programs/" + program.slug();
        return new PageMeta(pages.title(program.title()), Descriptions.of("", program.descriptionHtml()),
                urls.absolute(path), urls.shareImage(program.coverUrl()), "website", List.of(
                        structuredData.program(program), structuredData.breadcrumbs(List.of(new Crumb("Home", "/"),
                                new Crumb("Programs", "/programs"), new Crumb(program.title(), path)))), true);
    }
}
