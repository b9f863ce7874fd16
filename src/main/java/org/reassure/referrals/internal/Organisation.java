package org.reassure.referrals.internal;

import java.time.Instant;
import java.util.List;

/** A support organisation in the directory, as the public and staff see it. */
public record Organisation(
        long id,
        String code,
        String name,
        String description,
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
        Capacity capacity,
        int responseDays,
        boolean active,
        Instant updatedAt,
        String updatedBy) {

    /**
     * Whether it takes new referrals; an organisation that is full still appears in the directory. Staff read it as
     * {@code referrals.capacity.<CONSTANT>}, the public as {@code support.capacity.<CONSTANT>}.
     */
    public enum Capacity {
        OPEN,
        LIMITED,
        FULL
    }

    /** The areas it names, for a local organisation (a national one serves everywhere: pages say so in words). */
    public String areasText() {
        return String.join(", ", areas);
    }

    public boolean serves(String area) {
        return national || areas.stream().anyMatch(a -> a.equalsIgnoreCase(area));
    }
}
