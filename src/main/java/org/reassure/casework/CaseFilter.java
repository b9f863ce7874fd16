package org.reassure.casework;

import java.time.LocalDate;

/**
 * What a case list is narrowed to; any part may be null.
 *
 * @param text a reference, a person's name (spelling may vary), an address, a postcode, or an officer's name
 * @param from received on or after this day (UK time)
 * @param to   received on or before this day (UK time)
 */
public record CaseFilter(CaseStatus status, String unitCode, String strand, String text, LocalDate from, LocalDate to) {

    public CaseFilter(CaseStatus status, String unitCode, String strand) {
        this(status, unitCode, strand, null, null, null);
    }
}
