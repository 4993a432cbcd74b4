package app.limber.site;

import app.limber.content.ArticleDraft;
import app.limber.content.ArticleService;
import app.limber.content.RoutineDraft;
import app.limber.content.RoutineService;
import app.limber.content.StepDraft;
import app.limber.content.Visibility;
import app.limber.program.DayPlan;
import app.limber.program.ProgramDraft;
import app.limber.program.ProgramService;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.boot.test.context.TestComponent;

/**
 * Articles, routines and programs in each publishing state, written through the real services as the signed-in
 * instructor, for tests of what the public site lists.
 */
@TestComponent
public class PublicContentFixtures {

    /** How an item ends up: published now, scheduled for later, archived after publishing, or left a draft. */
    public enum State {
        PUBLISHED, SCHEDULED_LATER, ARCHIVED, DRAFT
    }

    private final ArticleService articles;
    private final RoutineService routines;
    private final ProgramService programs;

    PublicContentFixtures(ArticleService articles, RoutineService routines, ProgramService programs) {
        this.articles = articles;
        this.routines = routines;
        this.programs = programs;
    }

    /** An article in this state and visibility. */
    public ArticleDraft article(String title, State state, Visibility visibility, String... tags) {
        ArticleDraft draft = articles.load(articles.createDraft(title)).orElseThrow();
        draft.setExcerpt("Summary of " + title);
        draft.setBody("The body of " + title + ", for readers only.");
        draft.setVisibility(visibility);
        draft.setTags(Set.of(tags));
        ArticleDraft saved = articles.save(draft);
        return switch (state) {
            case PUBLISHED -> articles.publishNow(saved.getId(), saved.getVersion());
            case SCHEDULED_LATER -> articles.schedule(saved.getId(), saved.getVersion(),
                    Instant.now().plusSeconds(86_400));
            case ARCHIVED -> {
                ArticleDraft published = articles.publishNow(saved.getId(), saved.getVersion());
                yield articles.archive(published.getId(), published.getVersion());
            }
            case DRAFT -> saved;
        };
    }

    /** A one-step routine in this state and visibility; returns its id. */
    public RoutineDraft routine(String title, State state, Visibility visibility, String... tags) {
        RoutineDraft draft = routines.load(routines.createDraft(title)).orElseThrow();
        draft.setSummary("Summary of " + title);
        draft.setVisibility(visibility);
        draft.setTags(Set.of(tags));
        StepDraft step = new StepDraft();
        step.setName("Toes tucked");
        step.setCue("Sit back on the heels of " + title);
        step.setMeasure(StepDraft.Measure.SECONDS);
        step.setAmount(60);
        draft.setSteps(List.of(step));
        RoutineDraft saved = routines.save(draft);
        return switch (state) {
            case PUBLISHED -> routines.publishNow(saved.getId(), saved.getVersion());
            case SCHEDULED_LATER -> routines.schedule(saved.getId(), saved.getVersion(),
                    Instant.now().plusSeconds(86_400));
            case ARCHIVED -> {
                RoutineDraft published = routines.publishNow(saved.getId(), saved.getVersion());
                yield routines.archive(published.getId(), published.getVersion());
            }
            case DRAFT -> saved;
        };
    }

    /** A program of {@code lengthDays} with the (live) routine on day 1, in this state; returns its draft. */
    public ProgramDraft program(String title, State state, long routineId, int lengthDays) {
        ProgramDraft draft = programs.load(programs.createDraft(title)).orElseThrow();
        draft.setLengthDays(lengthDays);
        draft.setDay(new DayPlan(1, List.of(routineId), "", Set.of()));
        ProgramDraft saved = programs.save(draft);
        return switch (state) {
            case PUBLISHED -> programs.publishNow(saved.getId(), saved.getVersion());
            case SCHEDULED_LATER -> programs.schedule(saved.getId(), saved.getVersion(),
                    Instant.now().plusSeconds(86_400));
            case ARCHIVED -> {
                ProgramDraft published = programs.publishNow(saved.getId(), saved.getVersion());
                yield programs.archive(published.getId(), published.getVersion());
            }
            case DRAFT -> saved;
        };
    }
}
