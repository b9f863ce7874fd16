package org.reassure.referrals;

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

    /** Whether it takes new referrals; an organisation that is full still appears in the directory. */
    public enum Capacity {
        OPEN("Taking referrals"),
        LIMITED("Limited capacity: expect a wait"),
        FULL("Not taking new referrals at the moment");

        private final String label;

        Capacity(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public String areasText() {
        return national ? "England and Wales" : String.join(", ", areas);
    }

    public boolean serves(String area) {
        return national || areas.stream().anyMatch(a -> a.equalsIgnoreCase(area));
    }
}
