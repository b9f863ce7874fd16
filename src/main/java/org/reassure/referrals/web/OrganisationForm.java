package org.reassure.referrals.web;

import java.util.ArrayList;
import java.util.List;

import org.reassure.referrals.internal.DirectoryEntry;
import org.reassure.referrals.internal.Organisation;

/**
 * The directory entry page. Checkboxes post their values ({@code strands}, {@code accessibility}), single boxes
 * "yes"; areas and languages are typed as lists separated by commas.
 */
record OrganisationForm(
        String name,
        String description,
        String nameCy,
        String descriptionCy,
        List<String> strands,
        String groupsServed,
        String national,
        String areas,
        String languages,
        List<String> accessibility,
        String openingHours,
        String phone,
        String email,
        String website,
        String howToRefer,
        String capacity,
        String responseDays,
        String active) {

    static final String EASY_READ = "EASY_READ";
    static final String BSL = "BSL";
    static final String TEXT_RELAY = "TEXT_RELAY";

    static OrganisationForm of(Organisation o) {
        List<String> accessibility = new ArrayList<>();
        if (o.easyRead()) {
            accessibility.add(EASY_READ);
        }
        if (o.bsl()) {
            accessibility.add(BSL);
        }
        if (o.textRelay()) {
            accessibility.add(TEXT_RELAY);
        }
        return new OrganisationForm(
                o.name(),
                o.description(),
                o.nameCy(),
                o.descriptionCy(),
                o.strands(),
                o.groupsServed(),
                o.national() ? "yes" : null,
                String.join(", ", o.areas()),
                String.join(", ", o.languages()),
                accessibility,
                o.openingHours(),
                o.phone(),
                o.email(),
                o.website(),
                o.howToRefer(),
                o.capacity().name(),
                Integer.toString(o.responseDays()),
                o.active() ? "yes" : null);
    }

    DirectoryEntry toEntry() {
        List<String> offered = Options.codes(accessibility);
        return new DirectoryEntry(
                name,
                description,
                nameCy,
                descriptionCy,
                Options.codes(strands),
                groupsServed,
                Options.yes(national),
                List.of(areas == null ? "" : areas),
                List.of(languages == null ? "" : languages),
                offered.contains(EASY_READ),
                offered.contains(BSL),
                offered.contains(TEXT_RELAY),
                openingHours,
                phone,
                email,
                website,
                howToRefer,
                Options.option(Organisation.Capacity.class, capacity),
                days(),
                Options.yes(active));
    }

    /** The working days typed, or null when they are not a whole number (the entry's rules say what to enter). */
    private Integer days() {
        try {
            return responseDays == null ? null : Integer.valueOf(responseDays.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
