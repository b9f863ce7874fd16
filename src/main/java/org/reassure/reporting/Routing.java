package org.reassure.reporting;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.identity.Units;
import org.reassure.platform.InvalidInput;
import org.reassure.reporting.internal.Text;

/**
 * Which unit covers a postcode district. A report from an unlisted district, or with no postcode, goes
 * to the force triage queue (api.md: "a report whose location matches no unit goes to its force's triage queue").
 */
@Service
public class Routing {

    public record DistrictUnit(String district, String unitCode) {}

    private final JdbcClient jdbc;
    private final Units units;

    Routing(JdbcClient jdbc, Units units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    /** The unit code covering this postcode, or empty for the force triage queue. */
    public Optional<String> unitFor(String postcode) {
        String clean = postcode == null ? null : Text.postcode(postcode);
        if (clean == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT unit_code FROM postcode_district_unit WHERE district = ?")
                .param(Text.district(clean))
                .query(String.class)
                .optional();
    }

    public List<DistrictUnit> all() {
        return jdbc.sql("SELECT district, unit_code FROM postcode_district_unit ORDER BY unit_code, district")
                .query((rs, row) -> new DistrictUnit(rs.getString(1), rs.getString(2)))
                .list();
    }

    /** Sets (or moves) the unit covering a district, like TW3. */
    @Transactional
    public DistrictUnit map(String district, String unitCode) {
        String cleanDistrict = cleanDistrict(district);
        if (!cleanDistrict.matches("[A-Z]{1,2}[0-9][0-9A-Z]?")) {
            throw new InvalidInput("district", "reporting.routing.districtInvalid");
        }
        var unit = units.findByCode(unitCode)
                .orElseThrow(() -> new InvalidInput(
                        "unit", "reporting.routing.noSuchUnit", unitCode == null ? "" : unitCode.strip()));
        jdbc.sql("""
                INSERT INTO postcode_district_unit (district, unit_code) VALUES (?, ?)
                ON CONFLICT (district) DO UPDATE SET unit_code = EXCLUDED.unit_code, updated_at = now()""").params(cleanDistrict, unit.code()).update();
        return new DistrictUnit(cleanDistrict, unit.code());
    }

    @Transactional
    public boolean unmap(String district) {
        return jdbc.sql("DELETE FROM postcode_district_unit WHERE district = ?")
                        .param(cleanDistrict(district))
                        .update()
                > 0;
    }

    private static String cleanDistrict(String district) {
        return district == null ? "" : district.strip().toUpperCase(Locale.UK);
    }
}
