package org.reassure.referrals.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import org.reassure.identity.SupportOrganisationCodes;
import org.reassure.platform.Languages;
import org.reassure.platform.NotFound;

/**
 * The directory of support organisations as it is read: by the public (active ones only), by officers choosing where
 * to refer, and by identity checking the organisation of a partner's account. {@link DirectoryEditor} changes it.
 */
@Service
public class Organisations implements SupportOrganisationCodes {

    private final JdbcClient jdbc;

    Organisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
        return find(code).orElseThrow(() -> new NotFound("referrals.organisation.notFound", normalise(code)));
    }

    /** An active organisation for the public pages; an unknown or inactive one is not found. */
    public Organisation listed(String code) {
        return find(code).filter(Organisation::active).orElseThrow(() -> new NotFound("referrals.directory.notFound"));
    }

    public List<Organisation> all() {
        return jdbc.sql("SELECT * FROM support_organisation ORDER BY national DESC, name")
                .query(Organisations::map)
                .list();
    }

    /** The organisations an officer may choose for consent or a referral. */
    public List<Organisation> active() {
        return all().stream().filter(Organisation::active).toList();
    }

    /**
     * Active organisations for the public directory, filtered by strand, area and language when given (national ones
     * serve every area, those naming no strand every strand; the language is a code they offer).
     */
    public List<Organisation> directory(String strand, String area, String language) {
        String s = blankToNull(strand);
        String a = blankToNull(area);
        String l = blankToNull(language);
        return jdbc.sql("""
                SELECT * FROM support_organisation
                WHERE active AND (CAST(? AS TEXT) IS NULL OR cardinality(strands) = 0 OR ? = ANY(strands))
                  AND (CAST(? AS TEXT) IS NULL OR national OR lower(?) = ANY(SELECT lower(x) FROM unnest(areas) x))
                  AND (CAST(? AS TEXT) IS NULL OR lower(?) = ANY(languages))
                ORDER BY national, name""")
                .params(
                        s == null ? null : s.toUpperCase(Locale.ROOT),
                        s == null ? null : s.toUpperCase(Locale.ROOT),
                        a,
                        a,
                        l,
                        l)
                .query(Organisations::map)
                .list();
    }

    /** Every language offered by an active organisation (codes), for the directory's filter. */
    public List<String> languages() {
        return jdbc.sql(
                        "SELECT DISTINCT unnest(languages) AS language FROM support_organisation WHERE active ORDER BY language")
                .query(String.class)
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
        // the victim's language as stored: a code, or an older answer typed as text ("Polish")
        String lang = language == null || language.isBlank()
                ? "en"
                : Languages.fromText(language).orElse(language.strip().toLowerCase(Locale.ROOT));
        return all().stream()
                .filter(Organisation::active)
                .filter(o -> o.capacity() != Organisation.Capacity.FULL)
                .filter(o -> o.strands().isEmpty() || o.strands().stream().anyMatch(caseStrands::contains))
                .filter(o -> o.national() || caseAreas.stream().anyMatch(o::serves))
                .sorted(Comparator.comparing((Organisation o) -> !o.languages().contains(lang))
                        .thenComparing(o -> o.strands().isEmpty())
                        .thenComparing(Organisation::national)
                        .thenComparing((Organisation o) -> o.name()))
                .toList();
    }

    static String normalise(String code) {
        return code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
    }

    static String blankToNull(String value) {
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
                rs.getString("name_cy"),
                rs.getString("description_cy"),
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
