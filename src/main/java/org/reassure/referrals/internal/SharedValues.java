package org.reassure.referrals.internal;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import org.reassure.casework.CaseSummary;
import org.reassure.casework.People;
import org.reassure.casework.Person;
import org.reassure.casework.PersonRole;
import org.reassure.casework.Strands;
import org.reassure.platform.Languages;
import org.reassure.reporting.VictimPreferences;

/**
 * The values of the items to share, read when the referral is sent: the organisation gets a copy of these and nothing
 * else. They are the victim's own details, kept as the organisation will read them.
 */
@Component
class SharedValues {

    private final People people;
    private final Strands strands;
    private final VictimPreferences preferences;

    SharedValues(People people, Strands strands, VictimPreferences preferences) {
        this.people = people;
        this.strands = strands;
        this.preferences = preferences;
    }

    Map<SharedItem, String> of(CaseSummary header, Set<SharedItem> items, String supportNeeds) {
        List<Person> onCase = people.onCase(header.reference());
        Person victim = onCase.stream()
                .filter(p -> p.role().isVictim())
                .findFirst()
                .or(() -> onCase.stream()
                        .filter(p -> p.role() == PersonRole.REPORTER)
                        .findFirst())
                .orElse(null);
        VictimPreferences.Preferences said = preferences.of(header.reference()).orElse(null);
        Map<String, String> strandNames = new LinkedHashMap<>();
        strands.active().forEach(s -> strandNames.put(s.code(), s.name()));
        Map<SharedItem, String> values = new LinkedHashMap<>();
        for (SharedItem item : EnumSet.copyOf(items)) {
            String value = switch (item) {
                case NAME -> victim == null ? null : victim.fullName();
                case PHONE -> victim == null ? null : victim.phone();
                case EMAIL -> victim == null ? null : victim.email();
                case PREFERRED_CONTACT -> said == null ? null : preferredContact(said);
                case LANGUAGE ->
                    said == null || said.language() == null
                            ? null
                            : Languages.label(said.language(), Locale.UK)
                                    + (Boolean.TRUE.equals(said.interpreterNeeded()) ? ", needs an interpreter" : "");
                case ACCESS_NEEDS -> said == null ? null : said.adjustments();
                case HATE_TYPE ->
                    header.strands().isEmpty()
                            ? null
                            : header.strands().stream()
                                    .map(code -> strandNames.getOrDefault(code, code))
                                    .collect(Collectors.joining(", "));
                case SUPPORT_NEEDS -> supportNeeds.isEmpty() ? null : supportNeeds;
            };
            if (value != null && !value.isBlank()) {
                values.put(item, value.length() > 2000 ? value.substring(0, 2000) : value.strip());
            }
        }
        return values;
    }

    private static String preferredContact(VictimPreferences.Preferences said) {
        String how = said.preferredContact() == null
                ? null
                : said.preferredContact().replace('_', ' ').toLowerCase();
        String when = said.safeTimes();
        if (how == null || how.isBlank()) {
            return when;
        }
        return when == null || when.isBlank() ? how : how + "; " + when;
    }
}
