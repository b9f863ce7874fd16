package org.reassure.referrals.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** A support organisation in the directory, as the public and staff see it. */
public record Organisation(
        long id,
        String code,
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

    /** Its name in the reader's language: the Welsh one on Welsh pages when the entry gives one. */
    public String name(Locale locale) {
        return welsh(locale) && nameCy != null ? nameCy : name;
    }

    /** What it does in the reader's language: the Welsh description on Welsh pages when the entry gives one. */
    public String description(Locale locale) {
        return welsh(locale) && descriptionCy != null ? descriptionCy : description;
    }

    private static boolean welsh(Locale locale) {
        return locale != null && "cy".equals(locale.getLanguage());
    }

    /** The areas it names, for a local organisation (a national one serves everywhere: pages say so in words). */
    public String areasText() {
        return String.join(", ", areas);
    }

    public boolean serves(String area) {
        return national || areas.stream().anyMatch(a -> a.equalsIgnoreCase(area));
    }
}
