package org.reassure.casework.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

import org.reassure.casework.CaseFilter;
import org.reassure.casework.CaseStatus;
import org.reassure.platform.FormErrors;

/**
 * The case list's search form, as typed (every field may be absent). {@link #filter} is its validator: a date that
 * cannot be read, a status, unit or strand that does not exist, or a page before the first is an error on its field
 * and is left out of the filter (the page shows what was typed, with the error).
 */
record CaseListForm(String status, String unit, String strand, String q, String from, String to, Integer page) {

    CaseFilter filter(FormErrors errors, Set<String> unitCodes, Set<String> strandCodes) {
        String unitCode = blankToNull(unit);
        if (unitCode != null && !unitCodes.contains(unitCode.toUpperCase(Locale.ROOT))) {
            errors.add("unit", "casework.problem.noSuchUnit", unitCode);
            unitCode = null;
        }
        String strandCode = blankToNull(strand);
        if (strandCode != null && !strandCodes.contains(strandCode)) {
            errors.add("strand", "casework.problem.listStrand");
            strandCode = null;
        }
        if (page != null && page < 1) {
            errors.add("page", "casework.problem.pageValue");
        }
        return new CaseFilter(
                statusFilter(errors),
                unitCode,
                strandCode,
                blankToNull(q),
                date(from, "from", errors),
                date(to, "to", errors));
    }

    int pageOrFirst() {
        return page == null || page < 1 ? 1 : page;
    }

    CaseStatus statusFilter(FormErrors errors) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return CaseStatus.valueOf(status.trim());
        } catch (IllegalArgumentException unknown) {
            errors.add("status", "casework.problem.listStatus");
            return null;
        }
    }

    private static LocalDate date(String value, String field, FormErrors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException notADate) {
            errors.add(field, "casework.problem.listDateFormat");
            return null;
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
