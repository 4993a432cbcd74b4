package app.limber.admin;

import app.limber.admin.MemberImport.ImportProgress;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the members view needs when it opens, read in one read-only transaction on one connection: the programs for
 * the filter and the enrol actions (one query for both), the admin's latest import, and the first page of the grid
 * with its count. Four statements, one connection taken from the pool, instead of a transaction for each.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class MembersOverview {

    private final MemberSearch search;
    private final MemberImport imports;

    MembersOverview(MemberSearch search, MemberImport imports) {
        this.search = search;
        this.imports = imports;
    }

    /** The members screen as it opens: choices, latest import, the count and first page for the filter. */
    @Transactional(readOnly = true)
    public Opening open(MemberFilter filter, Pageable firstPage) {
        List<MemberSearch.ProgramOption> options = search.programOptions();
        List<ProgramChoice> programs = options.stream().map(MemberSearch.ProgramOption::choice).toList();
        List<ProgramChoice> enrollable = options.stream().filter(MemberSearch.ProgramOption::enrollable)
                .map(MemberSearch.ProgramOption::choice).toList();
        Optional<ImportProgress> latestImport = imports.latest();
        long count = search.count(filter);
        List<MemberRow> page = count == 0 ? List.of() : search.page(filter, firstPage);
        return new Opening(programs, enrollable, latestImport, count, firstPage, page);
    }

    /**
     * The members screen as it opens. {@code firstPage} is the page request {@code rows} answer, so the grid can use
     * them when it asks for rows these already hold.
     */
    public record Opening(List<ProgramChoice> programs, List<ProgramChoice> enrollablePrograms,
            Optional<ImportProgress> latestImport, long count, Pageable firstPage, List<MemberRow> rows) {

        /**
         * The rows for the grid's request if they were read already: from the top, in the same order, and either
         * no more than were read or all there are.
         */
        public Optional<List<MemberRow>> rowsFor(Pageable requested) {
            if (requested.getOffset() != 0 || !requested.getSort().equals(firstPage.getSort())) {
                return Optional.empty();
            }
            if (requested.getPageSize() <= rows.size()) {
                return Optional.of(rows.subList(0, requested.getPageSize()));
            }
            return rows.size() == count ? Optional.of(rows) : Optional.empty();
        }
    }
}
