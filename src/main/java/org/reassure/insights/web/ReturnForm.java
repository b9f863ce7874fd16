package org.reassure.insights.web;

/** The Home Office return asked for, as typed: a unit's code and the year a financial year starts in. */
public record ReturnForm(String unit, String year) {

    /** As the audit log records what was asked for, and the query string of the downloads. */
    @Override
    public String toString() {
        return "unit=" + (unit == null ? "" : unit) + "&year=" + (year == null ? "" : year);
    }
}
