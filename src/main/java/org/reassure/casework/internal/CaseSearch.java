package org.reassure.casework.internal;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import org.reassure.casework.CaseFilter;
import org.reassure.casework.CasePage;
import org.reassure.casework.CaseSummary;
import org.reassure.identity.StaffAccount;
import org.reassure.identity.StaffAccounts;
import org.reassure.identity.StaffPrincipal;
import org.reassure.identity.Units;
import org.reassure.platform.Formats;
import org.reassure.platform.InvalidInput;

/**
 * The case list: the cases of the person's units (or one of them and those below it), narrowed by status, strand,
 * dates and a text that may be a reference, a person's name (spelling may vary), an address, a postcode or an
 * officer's name.
 */
@Component
public class CaseSearch {

    private static final String WHERE = """
            WHERE c.unit_id = ANY(?) AND (CAST(? AS TEXT) IS NULL OR c.status = ?)
              AND (CAST(? AS TEXT) IS NULL OR EXISTS (SELECT 1 FROM case_strand s WHERE s.case_id = c.id AND s.strand_code = ?))
              AND (CAST(? AS TIMESTAMPTZ) IS NULL OR c.received_at >= ?) AND (CAST(? AS TIMESTAMPTZ) IS NULL OR c.received_at < ?)
              AND (CAST(? AS TEXT) IS NULL OR c.reference LIKE ? || '%'
                   OR EXISTS (SELECT 1 FROM person p WHERE p.case_id = c.id
                              AND (p.name_key % ? OR p.name_key LIKE '%' || ? || '%' OR p.postcode = ?
                                   OR p.address_key LIKE '%' || ? || '%'))
                   OR c.officer_id = ANY(?))
            """;

    private final JdbcClient jdbc;
    private final Units units;
    private final StaffAccounts accounts;
    private final CaseSummaries summaries;

    CaseSearch(JdbcClient jdbc, Units units, StaffAccounts accounts, CaseSummaries summaries) {
        this.jdbc = jdbc;
        this.units = units;
        this.accounts = accounts;
        this.summaries = summaries;
    }

    public CasePage search(StaffPrincipal person, CaseFilter filter, int page, int pageSize) {
        Long[] unitIds = scope(person, filter.unitCode());
        String strand = filter.strand() == null || filter.strand().isBlank()
                ? null
                : filter.strand().trim().toUpperCase();
        String status = filter.status() == null ? null : filter.status().name();
        int safePage = Math.max(1, page);
        String text = filter.text() == null || filter.text().isBlank()
                ? null
                : filter.text().strip();
        String nameKey = text == null ? null : PersonKeys.nameKey(text);
        String addressKey = text == null ? null : PersonKeys.addressKey(text);
        String postcode = text == null ? null : text.toUpperCase().replaceAll("\\s+", "");
        Timestamp from = filter.from() == null
                ? null
                : Timestamp.from(filter.from().atStartOfDay(Formats.UK).toInstant());
        Timestamp to = filter.to() == null
                ? null
                : Timestamp.from(
                        filter.to().plusDays(1).atStartOfDay(Formats.UK).toInstant());
        Long[] officers = text == null
                ? new Long[0]
                : accounts.all().stream()
                        .filter(account -> account.displayName().toLowerCase().contains(text.toLowerCase()))
                        .map(StaffAccount::id)
                        .toArray(Long[]::new);
        Object[] params = {
            unitIds,
            status,
            status,
            strand,
            strand,
            from,
            from,
            to,
            to,
            text,
            text == null ? null : text.toUpperCase(),
            nameKey,
            nameKey,
            postcode,
            addressKey,
            officers
        };
        long total = jdbc.sql("SELECT count(*) FROM hate_case c " + WHERE)
                .params(params)
                .query(Long.class)
                .single();
        Object[] paged = Arrays.copyOf(params, params.length + 2);
        paged[params.length] = pageSize;
        paged[params.length + 1] = (long) (safePage - 1) * pageSize;
        List<CaseSummary> list = jdbc.sql(
                        CaseSummaries.SELECT + WHERE + " ORDER BY c.received_at DESC, c.reference LIMIT ? OFFSET ?")
                .params(paged)
                .query(summaries.mapper())
                .list();
        return new CasePage(list, safePage, pageSize, total);
    }

    /** The units a list covers: all the person may see, or one of them (with those below it). */
    private Long[] scope(StaffPrincipal person, String unitCode) {
        Set<Long> visible = units.visibleTo(person);
        if (unitCode == null || unitCode.isBlank()) {
            return visible.toArray(Long[]::new);
        }
        var unit = units.findByCode(unitCode)
                .orElseThrow(() -> new InvalidInput(
                        "unit", "casework.problem.noSuchUnit", unitCode.trim().toUpperCase()));
        if (!visible.contains(unit.id())) {
            throw new AccessDeniedException("You do not work in unit " + unit.code());
        }
        return units.subtree(unit.id()).toArray(Long[]::new);
    }
}
