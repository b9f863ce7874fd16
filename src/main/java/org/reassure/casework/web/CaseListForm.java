package org.reassure.casework.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.reassure.casework.CaseFilter;
import org.reassure.casework.CaseStatus;
import org.reassure.platform.FormErrors;

/**
 * The case list's search form, as typed (every field may be absent). {@link #filter(FormErrors)} is its validator:
 * a date that cannot be read is an error on its field and is left out of the filter; an unknown status is ignored.
 */
record CaseListForm(String status, String unit, String strand, String q, String from, String to, Integer page) {

    CaseFilter filter(FormErrors errors) {
        return new CaseFilter(
                statusFilter(),
                blankToNull(unit),
                blankToNull(strand),
                blankToNull(q),
                date(from, "from", errors),
                date(to, "to", errors));
    }

    int pageOrFirst() {
        return page == null ? 1 : page;
    }

    CaseStatus statusFilter() {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return CaseStatus.valueOf(status);
        } catch (IllegalArgumentException unknown) {
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
