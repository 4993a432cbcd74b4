package app.limber.program;

import app.limber.ChangedBySomeoneElseException;
import app.limber.account.AuditAction;
import app.limber.account.AuditLog;
import app.limber.account.PersonDirectory;
import app.limber.account.SignedInPerson;
import app.limber.content.Markdown;
import app.limber.content.PublishingWorkflow;
import app.limber.content.RoutineFacts;
import app.limber.content.RoutineLookup;
import app.limber.content.Slugs;
import app.limber.content.StudioChange;
import app.limber.content.Visibility;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Programs for the studio and for readers. Instructors change only their own programs, admins any; a program goes
 * live only when every routine on its schedule is live by then. Readers see live programs (members-only ones when
 * signed in); other features read a program's schedule through {@link #outline(long)}.
 */
@Service
@PreAuthorize("hasRole('INSTRUCTOR')")
public class ProgramService implements PublishingWorkflow<ProgramDraft> {

    private final ProgramRepository programs;
    private final EnrolmentRepository enrolments;
    private final RoutineLookup routines;
    private final PersonDirectory directory;
    private final Markdown markdown;
    private final AuditLog audit;
    private final Validator validator;
    private final ObjectProvider<SelfTestCatalog> selfTests;
    private final ProgramCovers covers;
    private final Clock clock;

    ProgramService(ProgramRepository programs, EnrolmentRepository enrolments, RoutineLookup routines,
            PersonDirectory directory, Markdown markdown, AuditLog audit, Validator validator,
            ObjectProvider<SelfTestCatalog> selfTests, ProgramCovers covers, Clock clock) {
        this.programs = programs;
        this.enrolments = enrolments;
        this.routines = routines;
        this.directory = directory;
        this.markdown = markdown;
        this.audit = audit;
        this.validator = validator;
        this.selfTests = selfTests;
        this.covers = covers;
        this.clock = clock;
    }

    /** A page of the caller's programs (all programs for admins), filtered and sorted in the database. */
    @Transactional(readOnly = true)
    public List<ProgramSummary> list(ProgramFilter filter, Pageable page) {
        return programs.listSummaries(authorScope(), filter, page);
    }

    @Transactional(readOnly = true)
    public long count(ProgramFilter filter) {
        return programs.countSummaries(authorScope(), filter);
    }

    /** Starts a new draft program owned by the caller (30 days, all rest) and returns its id. */
    @Transactional
    public long createDraft(String title) {
        String cleanTitle = title.isBlank() ? "Untitled program" : title.strip();
        Program program = new Program(SignedInPerson.current().personId(), cleanTitle, uniqueSlug(cleanTitle, -1),
                30, clock.instant());
        return programs.save(program).id();
    }

    /** The program for editing, if it exists; refused if it belongs to someone else. */
    @Transactional(readOnly = true)
    public Optional<ProgramDraft> load(long id) {
        return programs.findByIdWithDays(id).map(this::requireEditable).map(Program::toDraft);
    }

    /**
     * A program for its editor, with the routines the editor may put on its schedule, read together (one load of the
     * program and its days).
     */
    @Transactional(readOnly = true)
    public Optional<ProgramEditing> loadForEditing(long id) {
        return programs.findByIdWithDays(id).map(this::requireEditable)
                .map(program -> new ProgramEditing(program.toDraft(), routineChoices(program)));
    }

    /** A program draft and the routines its schedule may use. */
    public record ProgramEditing(ProgramDraft draft, List<RoutineFacts> routineChoices) {
    }

    /**
     * Routines the editor may put on this program's schedule: its author's (any status while drafting), plus any
     * already on it; by title.
     */
    private List<RoutineFacts> routineChoices(Program program) {
        List<RoutineFacts> own = routines.writtenBy(program.authorId());
        Set<Long> missing = new HashSet<>(program.routineIds());
        own.forEach(routine -> missing.remove(routine.id()));
        if (missing.isEmpty()) {
            return own;
        }
        List<RoutineFacts> all = new java.util.ArrayList<>(own);
        all.addAll(routines.byIds(missing).values());
        all.sort(java.util.Comparator.comparing(routine -> routine.title().toLowerCase(java.util.Locale.ROOT)));
        return all;
    }

    /** The self-tests a day may prompt; empty when the progress feature offers none. */
    @Transactional(readOnly = true)
    public List<SelfTestCatalog.SelfTestOption> selfTestChoices() {
        SelfTestCatalog catalog = selfTests.getIfUnique();
        return catalog == null ? List.of() : catalog.selfTests();
    }

    /** Whether self-test prompts can be offered at all. */
    public boolean offersSelfTests() {
        return selfTests.getIfUnique() != null;
    }

    /** Saves the editor's draft; refused with {@link ChangedBySomeoneElseException} when it is stale. */
    @Transactional
    public ProgramDraft save(ProgramDraft draft) {
        validate(draft);
        return store(draft.getId(), draft.getVersion(), draft);
    }

    /**
     * A new program the editor holds until its first save (nothing is stored for it yet), with the routines its
     * schedule may use: the caller's own.
     */
    @Transactional(readOnly = true)
    public ProgramEditing newForEditing() {
        ProgramDraft unsaved = new ProgramDraft(0, 0, "", app.limber.content.PublishingStatus.DRAFT, null);
        return new ProgramEditing(unsaved, routines.writtenBy(SignedInPerson.current().personId()));
    }

    /**
     * Stores a program the editor started with {@link #newForEditing()}, owned by the caller, with its details and
     * schedule, in one transaction: an invalid draft stores nothing.
     */
    @Transactional
    public ProgramDraft create(ProgramDraft unsaved) {
        validate(unsaved);
        String title = unsaved.getTitle().strip();
        Program program = programs.saveAndFlush(new Program(SignedInPerson.current().personId(), title,
                uniqueSlug(title, -1), unsaved.getLengthDays(), clock.instant()));
        return store(program.id(), program.version(), unsaved);
    }

    private void validate(ProgramDraft draft) {
        Set<ConstraintViolation<ProgramDraft>> violations = validator.validate(draft);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    private ProgramDraft store(long id, long version, ProgramDraft draft) {
        ProgramDraft saved = change(id, version, (program, now) -> {
            covers.requireOwnPicture(program.id(), draft.getCoverImageId());
            checkSchedule(program, draft);
            program.apply(draft, now);
            program.followTitle(uniqueSlug(draft.getTitle(), program.id()));
            if (program.publication().status() == app.limber.content.PublishingStatus.PUBLISHED
                    || program.publication().status() == app.limber.content.PublishingStatus.SCHEDULED) {
                // A live (or soon live) program keeps the publishing rule: no unpublished routine slips in later.
                program.requireRoutinesLiveAt(later(now, program.publication().publishAt()),
                        routines.byIds(program.routineIds()));
            }
        });
        covers.removeUnused(saved.getId(), saved.getCoverImageId());
        return saved;
    }

    @Override
    @Transactional
    public ProgramDraft publishNow(long id, long version) {
        ProgramDraft published = change(id, version, (program, now) -> {
            program.requireRoutinesLiveAt(now, routines.byIds(program.routineIds()));
            program.publication().publishNow(now);
        });
        audit.record(AuditAction.PROGRAM_PUBLISHED, "program", id, published.getTitle());
        return published;
    }

    @Override
    @Transactional
    public ProgramDraft schedule(long id, long version, Instant publishAt) {
        ProgramDraft scheduled = change(id, version, (program, now) -> {
            program.requireRoutinesLiveAt(publishAt, routines.byIds(program.routineIds()));
            program.publication().schedule(publishAt, now);
        });
        audit.record(AuditAction.PROGRAM_SCHEDULED, "program", id, scheduled.getTitle(), "for " + publishAt);
        return scheduled;
    }

    @Override
    @Transactional
    public ProgramDraft archive(long id, long version) {
        ProgramDraft archived = change(id, version, (program, now) -> program.publication().archive());
        audit.record(AuditAction.PROGRAM_ARCHIVED, "program", id, archived.getTitle());
        return archived;
    }

    @Override
    @Transactional
    public ProgramDraft backToDraft(long id, long version) {
        ProgramDraft draft = change(id, version, (program, now) -> program.publication().backToDraft());
        audit.record(AuditAction.PROGRAM_UNPUBLISHED, "program", id, draft.getTitle());
        return draft;
    }

    /** The program as its landing page shows it, whatever its status, for its author's (or an admin's) preview. */
    @Transactional(readOnly = true)
    public Optional<ProgramPage> preview(long id) {
        return programs.findByIdWithDays(id).map(this::requireEditable).map(program -> toPage(program, clock.instant()));
    }

    /** Live programs this reader may see, newest first, for the public list. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<ProgramCard> liveCards(boolean readerSignedIn) {
        return programs.findLiveCards(clock.instant(), visibleTo(readerSignedIn));
    }

    /** Live programs by one instructor this reader may see, newest first, for the instructor's page. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<ProgramCard> liveCardsBy(long authorId, boolean readerSignedIn) {
        return programs.findLiveCardsBy(authorId, clock.instant(), visibleTo(readerSignedIn));
    }

    /** A live program by its slug, as its landing page shows it; members-only programs need a signed-in reader. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<ProgramPage> findLive(String slug, boolean readerSignedIn) {
        Instant now = clock.instant();
        return programs.findBySlugWithDays(slug)
                .filter(program -> program.publication().isLive(now))
                .filter(program -> readerSignedIn || program.visibility() == Visibility.PUBLIC)
                .map(program -> toPage(program, now));
    }

    /**
     * A live members-only program as a visitor may see it (title, description, cover, author, which days hold a
     * session), for the page that asks them to sign in; empty if there is no such live members-only program.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<ProgramTeaser> membersOnlyTeaser(String slug) {
        Instant now = clock.instant();
        return programs.findBySlugWithDays(slug)
                .filter(program -> program.publication().isLive(now) && program.visibility() == Visibility.MEMBERS)
                .map(program -> {
                    ProgramPage page = toPage(program, now);
                    Set<Integer> sessionDays = page.days().stream().filter(day -> !day.isRest())
                            .map(ProgramPage.Day::dayNumber).collect(java.util.stream.Collectors.toSet());
                    return new ProgramTeaser(page.id(), page.slug(), page.title(), page.descriptionHtml(),
                            page.authorName(), page.coverUrl(), page.lengthDays(), sessionDays);
                });
    }

    /**
     * A program's schedule by id, for other features: for a live program, for its author and admins, and for anyone
     * who is or was enrolled in it (an archived program stays readable to its runners).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ProgramOutline outline(long programId) {
        Program program = programs.findByIdWithDays(programId).orElseThrow(ProgramService::gone);
        SignedInPerson caller = SignedInPerson.current();
        boolean mayRead = program.publication().isLive(clock.instant()) || caller.isAdmin()
                || program.authorId() == caller.personId()
                || enrolments.existsByPersonIdAndProgramId(caller.personId(), programId);
        if (!mayRead) {
            throw new AccessDeniedException("This program is not published");
        }
        return program.toOutline();
    }

    private ProgramDraft change(long id, long expectedVersion, BiConsumer<Program, Instant> change) {
        Program program = programs.findByIdWithDays(id).map(this::requireEditable).orElseThrow(ProgramService::gone);
        return StudioChange.apply(program, expectedVersion, clock.instant(), change, programs::saveAndFlush)
                .toDraft();
    }

    /** Days within the length, sensible notes, and routines that exist and that the author may use. */
    private void checkSchedule(Program program, ProgramDraft draft) {
        Set<Long> ids = new HashSet<>();
        for (DayPlan day : draft.getDays()) {
            if (day.dayNumber() > draft.getLengthDays()) {
                throw new IllegalArgumentException("Day " + day.dayNumber() + " is beyond the program's "
                        + draft.getLengthDays() + " days. Move it or shorten the schedule first.");
            }
            if (day.note().length() > ProgramDraft.NOTE_MAX) {
                throw new IllegalArgumentException("The note on day " + day.dayNumber() + " is too long (at most "
                        + ProgramDraft.NOTE_MAX + " characters).");
            }
            if (day.routineIds().size() > ProgramDraft.ROUTINES_PER_DAY_MAX) {
                throw new IllegalArgumentException("Day " + day.dayNumber() + " has more than "
                        + ProgramDraft.ROUTINES_PER_DAY_MAX + " routines.");
            }
            ids.addAll(day.routineIds());
        }
        Map<Long, RoutineFacts> found = routines.byIds(ids);
        Set<Long> alreadyOn = program.routineIds();
        Instant now = clock.instant();
        for (DayPlan day : draft.getDays()) {
            for (long routineId : day.routineIds()) {
                RoutineFacts routine = found.get(routineId);
                if (routine == null) {
                    throw new IllegalArgumentException("A routine on day " + day.dayNumber()
                            + " no longer exists. Take it off the day.");
                }
                if (routine.authorId() != program.authorId() && !routine.isLiveAt(now)
                        && !alreadyOn.contains(routineId)) {
                    throw new AccessDeniedException("“" + routine.title() + "” is another instructor's unpublished "
                            + "routine.");
                }
            }
        }
    }

    private static Instant later(Instant now, @Nullable Instant publishAt) {
        return publishAt != null && publishAt.isAfter(now) ? publishAt : now;
    }

    /** Members-only routines are named to visitors too (a reason to join); their pages ask them to sign in. */
    private ProgramPage toPage(Program program, Instant now) {
        ProgramOutline outline = program.toOutline();
        Map<Long, RoutineFacts> facts = routines.byIds(program.routineIds());
        List<ProgramPage.Day> days = outline.days().stream().map(plan -> new ProgramPage.Day(plan.dayNumber(),
                plan.routineIds().stream().map(facts::get)
                        .filter(routine -> routine != null && routine.isLiveAt(now))
                        .map(routine -> new ProgramPage.RoutineLink(routine.title(), routine.slug(),
                                routine.totalSeconds(), routine.visibility() == Visibility.MEMBERS))
                        .toList(), plan.note()))
                .toList();
        String author = directory.displayNames(List.of(program.authorId())).getOrDefault(program.authorId(), "");
        return new ProgramPage(program.id(), program.slug(), program.title(),
                markdown.toSafeHtml(program.description()), program.lengthDays(), program.visibility(),
                program.authorId(), author,
                program.coverImageId() == null ? null : ProgramImage.url(program.coverImageId()), days,
                program.changedForReadersAt());
    }

    private Program requireEditable(Program program) {
        return StudioChange.requireEditable(program, "program");
    }

    private @Nullable Long authorScope() {
        SignedInPerson caller = SignedInPerson.current();
        return caller.isAdmin() ? null : caller.personId();
    }

    static IllegalArgumentException gone() {
        return new IllegalArgumentException("This program no longer exists.");
    }

    private static Set<Visibility> visibleTo(boolean readerSignedIn) {
        return readerSignedIn ? EnumSet.allOf(Visibility.class) : EnumSet.of(Visibility.PUBLIC);
    }

    /** A free address for this title; {@code ownId} may keep the address it has. */
    private String uniqueSlug(String title, long ownId) {
        return Slugs.free(title, slug -> programs.existsBySlugAndIdNot(slug, ownId));
    }
}
