package app.limber.admin;

import app.limber.account.MemberStatus;
import app.limber.account.Role;
import app.limber.platform.csv.SpreadsheetSafeCsv;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's members grid, written as SQL so that it stays fast at 100,000 members: filtering, sorting and paging
 * happen in the database (one query per page, one count), roles come as one small per-row subquery (a bit set, read through
 * the primary key) instead of a join that multiplies rows, and the last sign-in is a column of its own. The same SQL runs on PostgreSQL and on H2.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class MemberSearch {

    /** Sort keys the grid offers, mapped to columns; anything else falls back to "newest members first". */
    private static final Map<String, String> SORTABLE = Map.of(
            "displayName", "p.display_name",
            "email", "p.email",
            "joinedAt", "p.created_at",
            "lastLoginAt", "p.last_login_at");

    private static final String COLUMNS = """
            select p.id, p.display_name, p.email, p.enabled, p.invitation_pending, p.created_at, p.last_login_at,
                (select sum(case r.role when 'RUNNER' then 1 when 'INSTRUCTOR' then 2 when 'ADMIN' then 4 else 0 end)
                    from person_roles r where r.person_id = p.id) as role_bits
            from people p""";

    private final EntityManager entityManager;

    MemberSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** One page of members matching the filter, in the requested order. */
    @Transactional(readOnly = true)
    public List<MemberRow> page(MemberFilter filter, Pageable page) {
        Query query = entityManager.createNativeQuery(COLUMNS + where(filter) + orderBy(page.getSort()), Tuple.class);
        bind(query, filter);
        if (page.isPaged()) {
            query.setFirstResult((int) page.getOffset()).setMaxResults(page.getPageSize());
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();
        return rows.stream().map(MemberSearch::row).toList();
    }

    /** How many members match the filter. */
    @Transactional(readOnly = true)
    public long count(MemberFilter filter) {
        Query query = entityManager.createNativeQuery("select count(*) from people p" + where(filter), Long.class);
        bind(query, filter);
        return ((Number) query.getSingleResult()).longValue();
    }

    /** All programs, by title, for the "enrolled in" filter and for matching a CSV row's program. */
    @Transactional(readOnly = true)
    public List<ProgramChoice> programs() {
        return programs("select id, title from programs order by title, id");
    }

    /** The programs that take enrolments (published or scheduled), for the enrol actions. */
    @Transactional(readOnly = true)
    public List<ProgramChoice> enrollablePrograms() {
        return programs("select id, title from programs where status in ('PUBLISHED', 'SCHEDULED') order by title, id");
    }

    /** A program and whether it takes enrolments, so that one query serves the filter and the enrol actions. */
    public record ProgramOption(ProgramChoice choice, boolean enrollable) {
    }

    /** All programs by title, each saying whether it takes enrolments (published or scheduled). */
    @Transactional(readOnly = true)
    public List<ProgramOption> programOptions() {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager.createNativeQuery("""
                select id, title, case when status in ('PUBLISHED', 'SCHEDULED') then 1 else 0 end as enrollable
                from programs order by title, id""", Tuple.class).getResultList();
        return rows.stream().map(t -> new ProgramOption(new ProgramChoice(number(t, "id"), t.get("title", String.class)),
                number(t, "enrollable") == 1)).toList();
    }

    private List<ProgramChoice> programs(String sql) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager.createNativeQuery(sql, Tuple.class).getResultList();
        return rows.stream().map(t -> new ProgramChoice(number(t, "id"), t.get("title", String.class))).toList();
    }

    /** A member's enrolments, newest first, each with the sessions completed so far. */
    @Transactional(readOnly = true)
    public List<EnrolmentRow> enrolments(long personId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager.createNativeQuery("""
                select e.id, e.program_id, pr.title, e.start_date, e.status, pr.length_days,
                    (select count(*) from session_completions c where c.enrolment_id = e.id) as completed
                from enrolments e join programs pr on pr.id = e.program_id
                where e.person_id = :person
                order by e.created_at desc, e.id desc""", Tuple.class).setParameter("person", personId)
                .getResultList();
        return rows.stream().map(t -> new EnrolmentRow(number(t, "id"), number(t, "program_id"),
                t.get("title", String.class), localDate(t.get("start_date")), t.get("status", String.class),
                number(t, "completed"), (int) number(t, "length_days"))).toList();
    }

    /** A member's enrolments (as {@link #enrolments}) and the programs they can be enrolled in (as {@link #enrollablePrograms}). */
    public record EnrolmentsAndChoices(List<EnrolmentRow> enrolments, List<ProgramChoice> enrollablePrograms) {
    }

    /**
     * A member's enrolments and the programs that take enrolments, in one statement: every program that takes
     * enrolments or that the member is enrolled in, joined with the member's enrolments in it.
     */
    @Transactional(readOnly = true)
    public EnrolmentsAndChoices enrolmentsAndChoices(long personId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager.createNativeQuery("""
                select pr.id as program_id, pr.title, pr.length_days,
                    case when pr.status in ('PUBLISHED', 'SCHEDULED') then 1 else 0 end as enrollable,
                    e.id, e.start_date, e.status,
                    (select count(*) from session_completions c where c.enrolment_id = e.id) as completed
                from programs pr left join enrolments e on e.program_id = pr.id and e.person_id = :person
                where pr.status in ('PUBLISHED', 'SCHEDULED') or e.id is not null
                order by e.created_at desc nulls last, e.id desc nulls last, pr.title, pr.id""", Tuple.class)
                .setParameter("person", personId).getResultList();
        List<EnrolmentRow> enrolments = rows.stream().filter(t -> t.get("id") != null)
                .map(t -> new EnrolmentRow(number(t, "id"), number(t, "program_id"), t.get("title", String.class),
                        localDate(t.get("start_date")), t.get("status", String.class), number(t, "completed"),
                        (int) number(t, "length_days"))).toList();
        List<ProgramChoice> choices = rows.stream().filter(t -> number(t, "enrollable") == 1)
                .map(t -> new ProgramChoice(number(t, "program_id"), t.get("title", String.class))).distinct()
                .sorted(java.util.Comparator.comparing(ProgramChoice::title, String.CASE_INSENSITIVE_ORDER)
                        .thenComparingLong(ProgramChoice::id))
                .toList();
        return new EnrolmentsAndChoices(enrolments, choices);
    }

    /**
     * Writes the members matching the filter (or only the chosen ones, when ids are given) as CSV, streamed from the
     * database in batches rather than loaded at once.
     */
    @Transactional(readOnly = true)
    public void exportCsv(MemberFilter filter, @Nullable Collection<Long> onlyIds, OutputStream out) {
        String where = where(filter) + (onlyIds == null ? "" : " and p.id in (:ids)");
        Query query = entityManager.createNativeQuery(COLUMNS + where + " order by p.id", Tuple.class)
                .setHint("org.hibernate.fetchSize", 1000).setHint("org.hibernate.readOnly", true);
        bind(query, filter);
        if (onlyIds != null) {
            query.setParameter("ids", onlyIds.isEmpty() ? List.of(-1L) : onlyIds);
        }
        try (SpreadsheetSafeCsv csv = SpreadsheetSafeCsv.writeTo(out,
                "name", "email", "roles", "status", "joined", "last_sign_in")) {
            @SuppressWarnings("unchecked")
            Stream<Tuple> rows = query.getResultStream();
            try (rows) {
                for (Tuple tuple : (Iterable<Tuple>) rows::iterator) {
                    MemberRow row = row(tuple);
                    csv.row(row.displayName(), row.email(),
                            row.roles().stream().map(Role::name).collect(Collectors.joining(" ")),
                            row.status().name(), row.joinedAt(), row.lastLoginAt());
                }
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static String where(MemberFilter filter) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (!filter.search().isBlank()) {
            where.append(" and (lower(p.display_name) like :search escape '\\' or p.email like :search escape '\\')");
        }
        if (filter.role() != null) {
            where.append(" and exists (select 1 from person_roles fr where fr.person_id = p.id and fr.role = :role)");
        }
        if (filter.status() != null) {
            where.append(switch (filter.status()) {
                case DISABLED -> " and p.enabled = false";
                case INVITED -> " and p.enabled = true and p.invitation_pending = true";
                case ACTIVE -> " and p.enabled = true and p.invitation_pending = false";
            });
        }
        if (filter.programId() != null) {
            where.append(" and exists (select 1 from enrolments fe where fe.person_id = p.id")
                    .append(" and fe.program_id = :program and fe.status in ('ACTIVE', 'PAUSED'))");
        }
        if (filter.joinedFrom() != null) {
            where.append(" and p.created_at >= :joinedFrom");
        }
        if (filter.joinedUntil() != null) {
            where.append(" and p.created_at < :joinedUntil");
        }
        return where.toString();
    }

    private static void bind(Query query, MemberFilter filter) {
        if (!filter.search().isBlank()) {
            query.setParameter("search", "%" + filter.search().strip().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.role() != null) {
            query.setParameter("role", filter.role().name());
        }
        if (filter.programId() != null) {
            query.setParameter("program", filter.programId());
        }
        if (filter.joinedFrom() != null) {
            query.setParameter("joinedFrom", filter.joinedFrom().atOffset(ZoneOffset.UTC));
        }
        if (filter.joinedUntil() != null) {
            query.setParameter("joinedUntil", filter.joinedUntil().atOffset(ZoneOffset.UTC));
        }
    }

    /** The requested order, then the id in the same direction as the first key, so that an index serves both. */
    private static String orderBy(Sort sort) {
        List<Sort.Order> orders = sort.stream().filter(o -> SORTABLE.containsKey(o.getProperty())).toList();
        if (orders.isEmpty()) {
            return " order by p.created_at desc, p.id desc";
        }
        return " order by " + orders.stream()
                .map(o -> SORTABLE.get(o.getProperty()) + (o.isAscending() ? " asc" : " desc"))
                .collect(Collectors.joining(", ")) + ", p.id" + (orders.getFirst().isAscending() ? " asc" : " desc");
    }

    private static MemberRow row(Tuple t) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Object bits = t.get("role_bits");
        long held = bits == null ? 0 : ((Number) bits).longValue();
        if ((held & 1) != 0) {
            roles.add(Role.RUNNER);
        }
        if ((held & 2) != 0) {
            roles.add(Role.INSTRUCTOR);
        }
        if ((held & 4) != 0) {
            roles.add(Role.ADMIN);
        }
        MemberStatus status = !bool(t, "enabled") ? MemberStatus.DISABLED
                : bool(t, "invitation_pending") ? MemberStatus.INVITED : MemberStatus.ACTIVE;
        return new MemberRow(number(t, "id"), t.get("display_name", String.class), t.get("email", String.class),
                roles, status, instant(t.get("created_at")), nullableInstant(t.get("last_login_at")));
    }

    private static long number(Tuple t, String column) {
        return ((Number) t.get(column)).longValue();
    }

    private static boolean bool(Tuple t, String column) {
        return Boolean.TRUE.equals(t.get(column));
    }

    private static Instant instant(@Nullable Object value) {
        Instant instant = nullableInstant(value);
        if (instant == null) {
            throw new IllegalStateException("Missing time");
        }
        return instant;
    }

    private static @Nullable Instant nullableInstant(@Nullable Object value) {
        return switch (value) {
            case null -> null;
            case Instant instant -> instant;
            case OffsetDateTime offset -> offset.toInstant();
            case java.sql.Timestamp timestamp -> timestamp.toInstant();
            case java.time.ZonedDateTime zoned -> zoned.toInstant();
            default -> throw new IllegalStateException("Unexpected time " + value.getClass());
        };
    }

    private static java.time.LocalDate localDate(@Nullable Object value) {
        return switch (value) {
            case java.time.LocalDate date -> date;
            case Date date -> date.toLocalDate();
            case null, default -> throw new IllegalStateException("Unexpected date " + value);
        };
    }
}
