package app.limber.content;

import app.limber.account.PersonDirectory;
import app.limber.account.SignedInPerson;
import app.limber.ChangedBySomeoneElseException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Routines for the studio and for readers. Instructors change only their own routines, admins any; readers see only
 * live routines, and members-only ones when signed in.
 */
@Service
@PreAuthorize("hasRole('INSTRUCTOR')")
public class RoutineService implements PublishingWorkflow<RoutineDraft> {

    private final RoutineRepository routines;
    private final TagRepository tags;
    private final PersonDirectory directory;
    private final Markdown markdown;
    private final Validator validator;
    private final Clock clock;

    RoutineService(RoutineRepository routines, TagRepository tags, PersonDirectory directory, Markdown markdown,
            Validator validator, Clock clock) {
        this.routines = routines;
        this.tags = tags;
        this.directory = directory;
        this.markdown = markdown;
        this.validator = validator;
        this.clock = clock;
    }

    /** A page of the caller's routines (all routines for admins), filtered and sorted in the database. */
    @Transactional(readOnly = true)
    public List<RoutineSummary> list(RoutineFilter filter, Pageable page) {
        return routines.listSummaries(authorScope(), filter, page);
    }

    @Transactional(readOnly = true)
    public long count(RoutineFilter filter) {
        return routines.countSummaries(authorScope(), filter);
    }

    /** All tags, by name, for filters and pickers. */
    @Transactional(readOnly = true)
    public List<ArticlePage.TagLink> allTags() {
        return tags.findAll(org.springframework.data.domain.Sort.by("name")).stream()
                .map(tag -> new ArticlePage.TagLink(tag.getName(), tag.getSlug())).toList();
    }

    /** Starts a new draft routine owned by the caller and returns its id. */
    @Transactional
    public long createDraft(String title) {
        String cleanTitle = title.isBlank() ? "Untitled routine" : title.strip();
        Routine routine = new Routine(SignedInPerson.current().personId(), cleanTitle, uniqueSlug(cleanTitle),
                clock.instant());
        return routines.save(routine).id();
    }

    /** The routine for editing, if it exists; refused if it belongs to someone else. */
    @Transactional(readOnly = true)
    public Optional<RoutineDraft> load(long id) {
        return routines.findByIdWithSteps(id).map(this::requireEditable).map(Routine::toDraft);
    }

    /** Saves the editor's draft; refused with {@link ChangedBySomeoneElseException} when it is stale. */
    @Transactional
    public RoutineDraft save(RoutineDraft draft) {
        Set<ConstraintViolation<RoutineDraft>> violations = validator.validate(draft);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return change(draft.getId(), draft.getVersion(),
                (routine, now) -> routine.apply(draft, resolveTags(draft.getTags()), now));
    }

    @Override
    @Transactional
    public RoutineDraft publishNow(long id, long version) {
        return change(id, version, (routine, now) -> routine.publication().publishNow(now));
    }

    @Override
    @Transactional
    public RoutineDraft schedule(long id, long version, Instant publishAt) {
        return change(id, version, (routine, now) -> routine.publication().schedule(publishAt, now));
    }

    @Override
    @Transactional
    public RoutineDraft archive(long id, long version) {
        return change(id, version, (routine, now) -> routine.publication().archive());
    }

    @Override
    @Transactional
    public RoutineDraft backToDraft(long id, long version) {
        return change(id, version, (routine, now) -> routine.publication().backToDraft());
    }

    /** The routine exactly as a runner would see it, for the author's preview, whatever its status. */
    @Transactional(readOnly = true)
    public Optional<RoutinePage> preview(long id) {
        return routines.findByIdWithSteps(id).map(this::requireEditable).map(this::toPage);
    }

    /** A live routine by its slug, as readers see it; members-only routines need a signed-in reader. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<RoutinePage> findLive(String slug, boolean readerSignedIn) {
        Instant now = clock.instant();
        return routines.findBySlugWithSteps(slug)
                .filter(routine -> routine.publication().isLive(now))
                .filter(routine -> readerSignedIn || routine.visibility() == Visibility.PUBLIC)
                .map(this::toPage);
    }

    /** The newest live routines, for the home page; members-only ones only for a signed-in reader. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<RoutineCard> latestLive(int limit, boolean readerSignedIn) {
        return routines.findLatestLive(clock.instant(), LiveContent.visibleTo(readerSignedIn), Limit.of(limit));
    }

    /** Live routines with this tag (by its slug), newest first, as this reader may see them. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<RoutineCard> liveByTag(String tagSlug, boolean readerSignedIn) {
        return routines.findLiveByTag(tagSlug, clock.instant(), LiveContent.visibleTo(readerSignedIn));
    }

    private RoutineDraft change(long id, long expectedVersion, BiConsumer<Routine, Instant> change) {
        Routine routine = routines.findByIdWithSteps(id).map(this::requireEditable)
                .orElseThrow(() -> new IllegalArgumentException("This routine no longer exists."));
        if (routine.version() != expectedVersion) {
            throw new ChangedBySomeoneElseException();
        }
        change.accept(routine, clock.instant());
        routine.touch(clock.instant());
        try {
            routines.saveAndFlush(routine);
        } catch (OptimisticLockingFailureException concurrent) {
            throw new ChangedBySomeoneElseException();
        }
        return routine.toDraft();
    }

    private Routine requireEditable(Routine routine) {
        SignedInPerson caller = SignedInPerson.current();
        if (!caller.isAdmin() && routine.authorId() != caller.personId()) {
            throw new AccessDeniedException("Only the author or an admin may change this routine");
        }
        return routine;
    }

    private @Nullable Long authorScope() {
        SignedInPerson caller = SignedInPerson.current();
        return caller.isAdmin() ? null : caller.personId();
    }

    private Set<Tag> resolveTags(Set<String> names) {
        Set<Tag> resolved = new LinkedHashSet<>();
        for (String name : names) {
            if (!name.isBlank()) {
                resolved.add(tags.findBySlug(Slugs.of(name)).orElseGet(() -> tags.save(new Tag(name))));
            }
        }
        return resolved;
    }

    private String uniqueSlug(String title) {
        String base = Slugs.of(title);
        String slug = base;
        for (int n = 2; routines.existsBySlug(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private RoutinePage toPage(Routine routine) {
        RoutineDraft draft = routine.toDraft();
        Map<Long, String> names = directory.displayNames(List.of(routine.authorId()));
        List<RoutinePage.Step> steps = draft.getSteps().stream()
                .map(step -> new RoutinePage.Step(step.getName(), step.getCue(),
                        step.getAmount() + " " + step.getMeasure().label(), step.getSide()))
                .toList();
        return new RoutinePage(routine.id(), routine.slug(), draft.getTitle(), draft.getSummary(),
                markdown.toSafeHtml(draft.getBody()), draft.getLevel(), draft.getVisibility(), draft.totalSeconds(),
                List.copyOf(draft.getTags()), steps, names.getOrDefault(routine.authorId(), ""));
    }
}
