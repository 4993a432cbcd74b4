package app.limber.site;

import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.account.TestAccounts;
import app.limber.content.ArticleDraft;
import app.limber.content.ArticleService;
import app.limber.content.RoutineDraft;
import app.limber.content.RoutineService;
import app.limber.content.StepDraft;
import app.limber.content.Visibility;
import app.limber.program.DayPlan;
import app.limber.program.ProgramCovers;
import app.limber.program.ProgramDraft;
import app.limber.program.ProgramService;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Published articles and routines by one instructor, made through the studio's services as a test's setup. */
@TestComponent
class PublicSiteFixtures {

    private final TestAccounts accounts;
    private final ArticleService articles;
    private final RoutineService routines;
    private final ProgramService programs;
    private final ProgramCovers programCovers;
    private SignedInPerson instructor;

    PublicSiteFixtures(TestAccounts accounts, ArticleService articles, RoutineService routines,
            ProgramService programs, ProgramCovers programCovers) {
        this.programCovers = programCovers;
        this.programs = programs;
        this.accounts = accounts;
        this.articles = articles;
        this.routines = routines;
    }

    /** The instructor who writes everything; created on first use in each test. */
    SignedInPerson instructor() {
        if (instructor == null) {
            instructor = accounts.create("maya" + System.nanoTime() + "@example.test", "Maya Lindqvist",
                    Set.of(Role.INSTRUCTOR));
        }
        return instructor;
    }

    /** Call before each test: the database was emptied, the instructor with it. */
    void forget() {
        instructor = null;
    }

    RoutineDraft routine(String title, String summary, Visibility visibility, boolean publish, String... tags) {
        return asInstructor(() -> {
            RoutineDraft draft = routines.load(routines.createDraft(title)).orElseThrow();
            draft.setSummary(summary);
            draft.setVisibility(visibility);
            draft.setTags(Set.of(tags));
            StepDraft step = new StepDraft();
            step.setName("Toe tuck kneel");
            step.setCue("Kneel and tuck the toes under; breathe slowly.");
            step.setMeasure(StepDraft.Measure.SECONDS);
            step.setAmount(60);
            draft.setSteps(List.of(step));
            RoutineDraft saved = routines.save(draft);
            return publish ? routines.publishNow(saved.getId(), saved.getVersion()) : saved;
        });
    }

    ArticleDraft article(String title, String excerpt, String body, Visibility visibility, boolean publish,
            RoutineDraft... linked) {
        return asInstructor(() -> {
            ArticleDraft draft = articles.load(articles.createDraft(title)).orElseThrow();
            draft.setExcerpt(excerpt);
            draft.setBody(body);
            draft.setVisibility(visibility);
            draft.setTags(Set.of("Foot mobility"));
            draft.setRoutines(Arrays.stream(linked)
                    .map(r -> new ArticleDraft.LinkedRoutine(r.getId(), r.getTitle())).toList());
            ArticleDraft saved = articles.save(draft);
            return publish ? articles.publishNow(saved.getId(), saved.getVersion()) : saved;
        });
    }

    /** A program of {@code lengthDays} days with this routine on days 1 and 2; published when asked. */
    ProgramDraft program(String title, String description, int lengthDays, long routineId, boolean publish) {
        return asInstructor(() -> {
            ProgramDraft draft = programs.load(programs.createDraft(title)).orElseThrow();
            draft.setDescription(description);
            draft.setLengthDays(lengthDays);
            draft.setDay(new DayPlan(1, List.of(routineId), "Start gently.", Set.of()));
            draft.setDay(new DayPlan(2, List.of(routineId), "", Set.of()));
            ProgramDraft saved = programs.save(draft);
            return publish ? programs.publishNow(saved.getId(), saved.getVersion()) : saved;
        });
    }

    /** A live members-only program of {@code lengthDays} days (routine on days 1 and 2) with this cover picture. */
    ProgramDraft membersOnlyProgramWithCover(String title, String description, int lengthDays, long routineId,
            byte[] cover) {
        return asInstructor(() -> {
            ProgramDraft draft = programs.load(programs.createDraft(title)).orElseThrow();
            draft.setDescription(description);
            draft.setLengthDays(lengthDays);
            draft.setVisibility(Visibility.MEMBERS);
            draft.setCoverImageId(programCovers.upload(draft.getId(), new java.io.ByteArrayInputStream(cover)));
            draft.setDay(new DayPlan(1, List.of(routineId), "Start gently.", Set.of()));
            draft.setDay(new DayPlan(2, List.of(routineId), "", Set.of()));
            ProgramDraft saved = programs.save(draft);
            return programs.publishNow(saved.getId(), saved.getVersion());
        });
    }

    <T> T asInstructor(java.util.function.Supplier<T> work) {
        SignedInPerson person = instructor();
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(person, null, person.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
