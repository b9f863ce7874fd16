package org.reassure.referrals.demo;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.reassure.referrals.internal.DirectoryEditor;

/**
 * Writes an invented organisation into the directory, with contact details from the ranges set aside for drama
 * (020 7946 0xxx and example.org).
 */
@Component
class DemoOrganisations {

    /** An entry as the demo lists it; strands and languages separated by commas, no strand for every strand. */
    record Listing(
            String code,
            String name,
            String description,
            String strands,
            String groups,
            boolean national,
            List<String> areas,
            String languages,
            boolean easyRead,
            boolean bsl,
            boolean textRelay,
            String hours,
            String phone,
            String email,
            String how,
            String capacity,
            int responseDays) {}

    private final DirectoryEditor editor;
    private final JdbcClient jdbc;

    DemoOrganisations(DirectoryEditor editor, JdbcClient jdbc) {
        this.editor = editor;
        this.jdbc = jdbc;
    }

    void add(Listing listing) {
        List<String> strandList = listing.strands().isEmpty()
                ? List.of()
                : List.of(listing.strands().split(","));
        editor.create(listing.code(), listing.name(), strandList, "reassure");
        jdbc.sql("""
                UPDATE support_organisation SET description = ?, groups_served = ?, national = ?, areas = ?, languages = ?, easy_read = ?,
                       bsl = ?, text_relay = ?, opening_hours = ?, phone = ?, email = ?, website = ?, how_to_refer = ?, capacity = ?,
                       response_days = ? WHERE code = ?""")
                .params(
                        listing.description(),
                        listing.groups(),
                        listing.national(),
                        listing.areas().toArray(String[]::new),
                        listing.languages().split(","),
                        listing.easyRead(),
                        listing.bsl(),
                        listing.textRelay(),
                        listing.hours(),
                        listing.phone(),
                        listing.email(),
                        "https://" + listing.email().substring(listing.email().indexOf('@') + 1),
                        listing.how(),
                        listing.capacity(),
                        listing.responseDays(),
                        listing.code())
                .update();
    }

    /** The entry's Welsh name and description, shown on Welsh pages. */
    void inWelsh(String code, String nameCy, String descriptionCy) {
        jdbc.sql("UPDATE support_organisation SET name_cy = ?, description_cy = ? WHERE code = ?")
                .params(nameCy, descriptionCy, code)
                .update();
    }
}
