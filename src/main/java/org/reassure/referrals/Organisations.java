package org.reassure.referrals;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.casework.Strands;
import org.reassure.identity.Role;
import org.reassure.identity.StaffPrincipal;
import org.reassure.identity.SupportOrganisationCodes;
import org.reassure.platform.FormErrors;
import org.reassure.platform.NotFound;

/**
 * The directory of support organisations: kept by administrators, and by each organisation for its own
 * entry; read by the public (active ones only) and by officers choosing where to refer.
 */
@Service
public class Organisations implements SupportOrganisationCodes {

    static final String CODE_PATTERN = "[A-Z0-9][A-Z0-9_-]{0,19}";

    /** What an administrator or the organisation may change. */
    public record Entry(
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
            Organisation.Capacity capacity,
            int responseDays,
            boolean active) {}

    /** An administrator switched an organisation off: it stopped taking referrals. Handled in the same transaction. */
    record SwitchedOff(long organisationId, String name, String by, java.time.Instant at) {}

    private final JdbcClient jdbc;
    private final Strands strands;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    Organisations(
            JdbcClient jdbc,
            Strands strands,
            Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.strands = strands;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public boolean exists(String code) {
        return find(code).isPresent();
    }

    public Optional<Organisation> find(String code) {
        return jdbc.sql("SELECT * FROM support_organisation WHERE code = ?")
                .param(normalise(code))
                .query(Organisations::map)
                .optional();
    }

    public Organisation get(String code) {
        return find(code).orElseThrow(() -> new NotFound("There is no support organisation " + normalise(code) + "."));
    }

    Organisation get(long id) {
        return jdbc.sql("SELECT * FROM support_organisation WHERE id = ?")
                .param(id)
                .query(Organisations::map)
                .single();
    }

    public List<Organisation> all() {
        return jdbc.sql("SELECT * FROM support_organisation ORDER BY national DESC, name")
                .query(Organisations::map)
                .list();
    }

    /** Active organisations for the public directory, filtered by strand and area when given (national ones serve every area, those naming no strand every strand). */
    public List<Organisation> directory(String strand, String area) {
        String s = blankToNull(strand);
        String a = blankToNull(area);
        return jdbc.sql("""
                SELECT * FROM support_organisation
                WHERE active AND (CAST(? AS TEXT) IS NULL OR cardinality(strands) = 0 OR ? = ANY(strands))
                  AND (CAST(? AS TEXT) IS NULL OR national OR lower(?) = ANY(SELECT lower(x) FROM unnest(areas) x))
                ORDER BY national, name""")
                .params(
                        s == null ? null : s.toUpperCase(Locale.ROOT),
                        s == null ? null : s.toUpperCase(Locale.ROOT),
                        a,
                        a)
                .query(Organisations::map)
                .list();
    }

    /** Every area named by an active organisation, for the directory's filter. */
    public List<String> areas() {
        return jdbc.sql("SELECT DISTINCT unnest(areas) AS area FROM support_organisation WHERE active ORDER BY area")
                .query(String.class)
                .list();
    }

    /**
     * Organisations to suggest for a case: active, not full, serving one of the case's strands (or every
     * strand) and its area, best first: strand and area and language matched, then local before national.
     */
    public List<Organisation> suggestionsFor(List<String> caseStrands, List<String> caseAreas, String language) {
        String lang = language == null || language.isBlank()
                ? "en"
                : language.trim().toLowerCase(Locale.ROOT).split("-")[0];
        return all().stream()
                .filter(Organisation::active)
                .filter(o -> o.capacity() != Organisation.Capacity.FULL)
                .filter(o -> o.strands().isEmpty() || o.strands().stream().anyMatch(caseStrands::contains))
                .filter(o -> o.national() || caseAreas.stream().anyMatch(o::serves))
                .sorted(java.util.Comparator.comparing(
                                (Organisation o) -> !o.languages().contains(lang))
                        .thenComparing(o -> o.strands().isEmpty())
                        .thenComparing(Organisation::national)
                        .thenComparing(Organisation::name))
                .toList();
    }

    @Transactional
    public Organisation create(String code, String name, List<String> strandCodes, String by) {
        FormErrors errors = new FormErrors();
        String clean = normalise(code);
        if (clean.isEmpty()) {
            errors.add("code", "Enter a code for the organisation, like VSUK");
        } else if (!clean.matches(CODE_PATTERN)) {
            errors.add("code", "The code must be 1 to 20 capital letters, numbers, hyphens or underscores, like VSUK");
        } else if (exists(clean)) {
            errors.add("code", "There is already an organisation with the code " + clean);
        }
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty()) {
            errors.add("name", "Enter the organisation's name");
        } else if (cleanName.length() > 200) {
            errors.add("name", "The name must be 200 characters or fewer");
        }
        List<String> checked = checkStrands(strandCodes, errors);
        errors.throwIfAny();
        jdbc.sql("""
                INSERT INTO support_organisation (code, name, strands, national, updated_at, updated_by) VALUES (?, ?, ?, TRUE, ?, ?)""")
                .params(clean, cleanName, checked.toArray(String[]::new), Timestamp.from(clock.instant()), by)
                .update();
        return get(clean);
    }

    /** Changes a directory entry: administrators any, a support organisation's user only their own (403 otherwise). */
    @Transactional
    public Organisation update(StaffPrincipal person, String code, Entry entry) {
        Organisation organisation = get(code);
        requireEditor(person, organisation);
        FormErrors errors = new FormErrors();
        String name = entry.name() == null ? "" : entry.name().strip();
        if (name.isEmpty()) {
            errors.add("name", "Enter the organisation's name");
        } else if (name.length() > 200) {
            errors.add("name", "The name must be 200 characters or fewer");
        }
        check(errors, "description", entry.description(), 2000, "What you do");
        List<String> checked = checkStrands(entry.strands(), errors);
        check(errors, "groupsServed", entry.groupsServed(), 500, "Groups served");
        List<String> areas = cleanList(entry.areas(), false);
        if (!entry.national() && areas.isEmpty()) {
            errors.add(
                    "areas",
                    "Enter the areas you serve, like Hounslow, Ealing, or select that you serve the whole country");
        }
        List<String> languages = cleanList(entry.languages(), true);
        if (languages.isEmpty()) {
            errors.add("languages", "Enter the languages you support, like en, cy, pa");
        } else if (languages.stream().anyMatch(l -> !l.matches("[a-z]{2,3}(-[a-z0-9]{2,8})*"))) {
            errors.add("languages", "Enter languages as short codes separated by commas, like en, cy, pa, ur");
        }
        check(errors, "openingHours", entry.openingHours(), 500, "Opening hours");
        check(errors, "phone", entry.phone(), 30, "Phone");
        String email = entry.email() == null ? "" : entry.email().strip();
        if (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add("email", "Enter an email address in the correct format, like name@example.org");
        }
        check(errors, "website", entry.website(), 300, "Website");
        check(errors, "howToRefer", entry.howToRefer(), 1000, "How you take referrals");
        if (entry.capacity() == null) {
            errors.add("capacity", "Select whether you are taking referrals");
        }
        if (entry.responseDays() < 1 || entry.responseDays() > 20) {
            errors.add("responseDays", "Enter the working days you need to answer a referral, from 1 to 20");
        }
        boolean active = person.hasRole(Role.ADMINISTRATOR) ? entry.active() : organisation.active();
        errors.throwIfAny();
        jdbc.sql("""
                UPDATE support_organisation SET name = ?, description = ?, strands = ?, groups_served = ?, national = ?, areas = ?,
                       languages = ?, easy_read = ?, bsl = ?, text_relay = ?, opening_hours = ?, phone = ?, email = ?, website = ?,
                       how_to_refer = ?, capacity = ?, response_days = ?, active = ?, updated_at = ?, updated_by = ?
                WHERE id = ?""")
                .params(
                        name,
                        strip(entry.description()),
                        checked.toArray(String[]::new),
                        strip(entry.groupsServed()),
                        entry.national(),
                        entry.national() ? new String[0] : areas.toArray(String[]::new),
                        languages.toArray(String[]::new),
                        entry.easyRead(),
                        entry.bsl(),
                        entry.textRelay(),
                        strip(entry.openingHours()),
                        blankToNull(entry.phone()),
                        blankToNull(email),
                        blankToNull(entry.website()),
                        strip(entry.howToRefer()),
                        entry.capacity().name(),
                        entry.responseDays(),
                        active,
                        Timestamp.from(clock.instant()),
                        person.getUsername(),
                        organisation.id())
                .update();
        if (organisation.active() && !active) {
            events.publishEvent(new SwitchedOff(organisation.id(), name, person.getUsername(), clock.instant()));
        }
        return get(organisation.code());
    }

    static void requireEditor(StaffPrincipal person, Organisation organisation) {
        boolean own =
                person.hasRole(Role.SUPPORT_ORGANISATION) && organisation.code().equals(person.organisationCode());
        if (!person.hasRole(Role.ADMINISTRATOR) && !own) {
            throw new AccessDeniedException("Only administrators and the organisation itself may change its entry.");
        }
    }

    private List<String> checkStrands(List<String> codes, FormErrors errors) {
        Set<String> known = new LinkedHashSet<>();
        strands.active().forEach(s -> known.add(s.code()));
        List<String> checked = new ArrayList<>();
        for (String code : codes == null ? List.<String>of() : codes) {
            String clean = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
            if (clean.isEmpty()) {
                continue;
            }
            if (!known.contains(clean)) {
                errors.add(
                        "strands", "There is no strand " + clean + ". Use one or more of " + String.join(",", known));
            } else if (!checked.contains(clean)) {
                checked.add(clean);
            }
        }
        return checked;
    }

    private static void check(FormErrors errors, String field, String value, int max, String label) {
        if (value != null && value.strip().length() > max) {
            errors.add(field, label + " must be " + max + " characters or fewer");
        }
    }

    static List<String> cleanList(List<String> values, boolean lower) {
        List<String> out = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            for (String part : value == null ? new String[0] : value.split(",")) {
                String clean = part.strip();
                if (!clean.isEmpty()) {
                    out.add(lower ? clean.toLowerCase(Locale.ROOT) : clean);
                }
            }
        }
        return out.stream().distinct().toList();
    }

    static String normalise(String code) {
        return code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<String> list(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    static Organisation map(ResultSet rs, int row) throws SQLException {
        return new Organisation(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("description"),
                list(rs.getArray("strands")),
                rs.getString("groups_served"),
                rs.getBoolean("national"),
                list(rs.getArray("areas")),
                list(rs.getArray("languages")),
                rs.getBoolean("easy_read"),
                rs.getBoolean("bsl"),
                rs.getBoolean("text_relay"),
                rs.getString("opening_hours"),
                rs.getString("phone"),
                rs.getString("email"),
                rs.getString("website"),
                rs.getString("how_to_refer"),
                Organisation.Capacity.valueOf(rs.getString("capacity")),
                rs.getInt("response_days"),
                rs.getBoolean("active"),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getString("updated_by"));
    }
}
