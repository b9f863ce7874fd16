package org.reassure.referrals.internal;

import java.util.List;

/** What an administrator or the organisation may change in its directory entry; {@code responseDays} null when not a number. */
public record DirectoryEntry(
        String name,
        String description,
        String nameCy,
        String descriptionCy,
        List<String> strands,
        String groupsServed,
        boolean national,
        List<String> areas,
        List<String> languages,
        boolean easyRead,
        boolean bsl,
        boolean textRelay,
        String openingHours,
        String phone,
        String email,
        String website,
        String howToRefer,
        Organisation.Capacity capacity,
        Integer responseDays,
        boolean active) {

    /** The entry as it stands, active or switched off. */
    public static DirectoryEntry of(Organisation o, boolean active) {
        return new DirectoryEntry(
                o.name(),
                o.description(),
                o.nameCy(),
                o.descriptionCy(),
                o.strands(),
                o.groupsServed(),
                o.national(),
                o.areas(),
                o.languages(),
                o.easyRead(),
                o.bsl(),
                o.textRelay(),
                o.openingHours(),
                o.phone(),
                o.email(),
                o.website(),
                o.howToRefer(),
                o.capacity(),
                o.responseDays(),
                active);
    }
}
