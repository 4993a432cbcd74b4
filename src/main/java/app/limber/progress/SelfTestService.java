package app.limber.progress;

import app.limber.ChangedBySomeoneElseException;
import app.limber.account.AuditAction;
import app.limber.account.AuditLog;
import app.limber.account.SignedInPerson;
import app.limber.content.Side;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-tests: instructors define them in the studio (their own; admins any), and every signed-in person records and
 * reads their own results, never anyone else's.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class SelfTestService {

    private static final Set<String> SORTABLE = Set.of("name", "unit", "active", "updatedAt");

    private final SelfTestRepository tests;
    private final SelfTestResultRepository results;
    private final Validator validator;
    private final AuditLog auditLog;
    private final Clock clock;
    private final org.springframework.beans.factory.ObjectProvider<CoachedRunners> coachedRunners;

    SelfTestService(SelfTestRepository tests, SelfTestResultRepository results, Validator validator,
            AuditLog auditLog, Clock clock, org.springframework.beans.factory.ObjectProvider<CoachedRunners> coachedRunners) {
        this.coachedRunners = coachedRunners;
        this.tests = tests;
        this.results = results;
        this.validator = validator;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    // ---- studio ----

    /** A page of the caller's self-tests (all of them for admins) whose name contains the search words. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public List<SelfTestSummary> list(String search, Pageable page) {
        Pageable safe = PageRequest.of(page.getPageNumber(), page.getPageSize(), safeSort(page.getSort()));
        SignedInPerson caller = SignedInPerson.current();
        String pattern = containsPattern(search);
        return caller.isAdmin() ? tests.listAll(pattern, safe) : tests.listByAuthor(caller.personId(), pattern, safe);
    }

    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public long count(String search) {
        SignedInPerson caller = SignedInPerson.current();
        String pattern = containsPattern(search);
        return caller.isAdmin() ? tests.countAll(pattern) : tests.countByAuthor(caller.personId(), pattern);
    }

    /** The self-test for the editor; refused if it belongs to another instructor. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public SelfTestDraft load(long id) {
        return requireEditable(tests.findById(id).orElseThrow(SelfTestService::testGone)).toDraft();
    }

    /** Creates the self-test (id 0) or saves the editor's changes; refused when the draft is stale. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional
    public SelfTestDraft save(SelfTestDraft draft) {
        Set<ConstraintViolation<SelfTestDraft>> violations = validator.validate(draft);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        SelfTestDraft.rangeProblem(draft.getMinValue(), draft.getMaxValue()).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        if (draft.isNew()) {
            SelfTest created = new SelfTest(SignedInPerson.current().personId(), clock.instant());
            created.apply(draft, clock.instant());
            SelfTest saved = tests.saveAndFlush(created);
            auditLog.record(AuditAction.SELF_TEST_CREATED, "self-test", saved.id(), saved.name());
            return saved.toDraft();
        }
        SelfTest test = requireEditable(tests.findById(draft.getId()).orElseThrow(SelfTestService::testGone));
        if (test.version() != draft.getVersion()) {
            throw new ChangedBySomeoneElseException();
        }
        boolean retired = test.isActive() && !draft.isActive();
        test.apply(draft, clock.instant());
        try {
            tests.saveAndFlush(test);
        } catch (OptimisticLockingFailureException concurrent) {
            throw new ChangedBySomeoneElseException();
        }
        auditLog.record(retired ? AuditAction.SELF_TEST_RETIRED : AuditAction.SELF_TEST_CHANGED, "self-test", test.id(), test.name());
        return test.toDraft();
    }

    /** Active self-tests, by name: what a program day can prompt. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public List<SelfTestCard> activeTests() {
        return tests.findByActiveTrueOrderByNameAscIdAsc().stream().map(SelfTest::toCard).toList();
    }

    // ---- the runner's own results ----

    /** Today in the caller's own time zone: the default day of a new result, and the last day allowed. */
    public LocalDate todayForCaller() {
        return LocalDate.now(clock.withZone(SignedInPerson.current().zone()));
    }

    /**
     * Every self-test the caller sees (active ones, and retired ones they have results for), each with the caller's
     * own results and trends. One query however many tests and results there are.
     */
    @Transactional(readOnly = true)
    public List<SelfTestHistory> myHistories() {
        Map<SelfTestCard, List<ResultRow>> byTest = new LinkedHashMap<>();
        for (Object[] row : tests.findVisibleWithResults(SignedInPerson.current().personId())) {
            List<ResultRow> rows = byTest.computeIfAbsent(((SelfTest) row[0]).toCard(), card -> new ArrayList<>());
            if (row[1] instanceof SelfTestResult result) {
                rows.add(result.toRow());
            }
        }
        return byTest.entrySet().stream().map(test -> history(test.getKey(), test.getValue())).toList();
    }

    /**
     * The caller's newest {@code limit} results of one test, newest first (one query): the next rows of a long table.
     */
    @Transactional(readOnly = true)
    public List<ResultRow> myNewestResults(long testId, int limit) {
        return results.findNewest(SignedInPerson.current().personId(), testId, PageRequest.of(0, limit)).stream()
                .map(SelfTestResult::toRow).toList();
    }

    /** One of the caller's own results (to change or delete it); refused for anyone else's. */
    @Transactional(readOnly = true)
    public ResultRow myResult(long resultId) {
        return requireOwn(resultId).toRow();
    }

    /**
     * A runner's results of every self-test they recorded, for their instructor (see {@link CoachedRunners}) or an
     * admin; without the result notes, which are the runner's own. Refused for anyone else.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public List<SelfTestHistory> historiesOf(long runnerId) {
        CoachedRunners coaching = coachedRunners.getIfAvailable();
        if (!SignedInPerson.current().isAdmin() && (coaching == null || !coaching.callerCoaches(runnerId))) {
            throw new AccessDeniedException("Only this runner's instructors may see their self-tests");
        }
        Map<Long, List<ResultRow>> byTest = new LinkedHashMap<>();
        for (SelfTestResult result : results.findByPerson(runnerId)) {
            ResultRow row = result.toRow();
            byTest.computeIfAbsent(result.selfTestId(), id -> new ArrayList<>()).add(new ResultRow(row.id(),
                    row.version(), row.selfTestId(), row.value(), row.side(), row.measuredOn(), ""));
        }
        return tests.findAllById(byTest.keySet()).stream().map(SelfTest::toCard)
                .sorted(java.util.Comparator.comparing(SelfTestCard::name, String.CASE_INSENSITIVE_ORDER))
                .map(card -> history(card, byTest.get(card.id()))).toList();
    }

    /** Records a result for the caller; refused at the field that is wrong, and nothing saved. */
    @Transactional
    public ResultRow record(ResultEntry entry) {
        if (!entry.isNew()) {
            throw new IllegalArgumentException("This result is recorded already");
        }
        SelfTest test = tests.findById(entry.getSelfTestId()).orElseThrow(SelfTestService::testGone);
        if (!test.isActive()) {
            throw new IllegalArgumentException("This self-test is retired; new results can't be recorded");
        }
        SelfTestCard card = test.toCard();
        SelfTestResult result = new SelfTestResult(card.id(), SignedInPerson.current().personId(), clock.instant());
        result.apply(entry, checkedValue(card, entry), checkedSide(card, entry));
        return results.saveAndFlush(result).toRow();
    }

    /** Changes one of the caller's own results; refused for anyone else's, and when the form is stale. */
    @Transactional
    public ResultRow update(ResultEntry entry) {
        SelfTestResult result = requireOwn(entry.getResultId());
        if (result.version() != entry.getVersion()) {
            throw new ChangedBySomeoneElseException();
        }
        SelfTestCard card = tests.findById(result.selfTestId()).orElseThrow(SelfTestService::testGone).toCard();
        result.apply(entry, checkedValue(card, entry), checkedSide(card, entry));
        try {
            return results.saveAndFlush(result).toRow();
        } catch (OptimisticLockingFailureException concurrent) {
            throw new ChangedBySomeoneElseException();
        }
    }

    /** Deletes one of the caller's own results; refused for anyone else's. */
    @Transactional
    public void delete(long resultId) {
        results.delete(requireOwn(resultId));
    }

    private SelfTestHistory history(SelfTestCard card, List<ResultRow> rows) {
        Map<Side, Trend> trends = new EnumMap<>(Side.class);
        Map<Side, List<Trend.Point>> bySide = rows.stream().collect(Collectors.groupingBy(ResultRow::side,
                () -> new EnumMap<>(Side.class),
                Collectors.mapping(row -> new Trend.Point(row.measuredOn(), row.value().doubleValue()),
                        Collectors.toList())));
        bySide.forEach((side, points) -> trends.put(side,
                Trend.of(points, card.higherIsBetter(), card.minValue(), card.maxValue())));
        return new SelfTestHistory(card, rows, trends);
    }

    private BigDecimal checkedValue(SelfTestCard card, ResultEntry entry) {
        Set<ConstraintViolation<ResultEntry>> violations = validator.validate(entry);
        for (ConstraintViolation<ResultEntry> violation : violations) {
            String path = violation.getPropertyPath().toString();
            ResultRefusedException.Field field = switch (path) {
                case "value" -> ResultRefusedException.Field.VALUE;
                case "side" -> ResultRefusedException.Field.SIDE;
                case "measuredOn" -> ResultRefusedException.Field.DAY;
                default -> ResultRefusedException.Field.NOTE;
            };
            throw new ResultRefusedException(field, violation.getMessage());
        }
        BigDecimal value = entry.getValue() == null ? null : entry.getValue().setScale(2, RoundingMode.HALF_UP);
        card.valueProblem(value).ifPresent(problem -> {
            throw new ResultRefusedException(ResultRefusedException.Field.VALUE, problem);
        });
        ResultEntry.dayProblem(entry.getMeasuredOn(), todayForCaller()).ifPresent(problem -> {
            throw new ResultRefusedException(ResultRefusedException.Field.DAY, problem);
        });
        return java.util.Objects.requireNonNull(value);
    }

    private static Side checkedSide(SelfTestCard card, ResultEntry entry) {
        if (!card.sides().contains(entry.getSide())) {
            throw new ResultRefusedException(ResultRefusedException.Field.SIDE,
                    card.perSide() ? "Choose the left or the right side" : "This test is measured for both sides together");
        }
        return entry.getSide();
    }

    private SelfTestResult requireOwn(long resultId) {
        SelfTestResult result = results.findById(resultId)
                .orElseThrow(() -> new IllegalArgumentException("This result no longer exists."));
        if (result.personId() != SignedInPerson.current().personId()) {
            throw new AccessDeniedException("Only the runner who recorded a result may change it");
        }
        return result;
    }

    private static SelfTest requireEditable(SelfTest test) {
        SignedInPerson caller = SignedInPerson.current();
        if (!caller.isAdmin() && test.authorId() != caller.personId()) {
            throw new AccessDeniedException("Only the author or an admin may change this self-test");
        }
        return test;
    }

    private static IllegalArgumentException testGone() {
        return new IllegalArgumentException("This self-test no longer exists.");
    }

    /** A LIKE pattern for "contains these words", with the wildcard characters the person typed taken literally. */
    private static String containsPattern(String search) {
        String escaped = search.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    private static Sort safeSort(Sort sort) {
        Sort safe = Sort.by(sort.stream().filter(order -> SORTABLE.contains(order.getProperty())).toList());
        return safe.isSorted() ? safe.and(Sort.by("id")) : Sort.by(Sort.Order.asc("name"), Sort.Order.asc("id"));
    }
}
