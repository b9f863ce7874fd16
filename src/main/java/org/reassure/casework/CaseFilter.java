package org.reassure.casework;

/** What a case list is narrowed to; any part may be null. */
public record CaseFilter(CaseStatus status, String unitCode, String strand) {

    public static CaseFilter none() {
        return new CaseFilter(null, null, null);
    }
}
