package org.reassure.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.reassure.testing.ReassureTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrations that turned languages typed as text into codes, run again on rows as they were before: each
 * statement as the migration has it, on a temporary table of the same shape, in real PostgreSQL.
 */
@ReassureTest
class LanguageCodesMigrationTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    @Autowired
    DataSource dataSource;

    @Test
    void typed_languages_in_reports_and_needs_assessments_become_codes_and_others_are_kept() throws Exception {
        List<String> typed = List.of(
                "Polish",
                " polish ",
                "Polski",
                "PL",
                "pl-PL",
                "Urdu language",
                "BSL",
                "Română",
                "Pwyleg",
                "Klingon",
                "My own words");
        for (String migration :
                List.of("V2026.12.10.30__reporting_language_codes.sql", "V2026.12.10.31__care_language_codes.sql")) {
            String table = migration.contains("reporting") ? "report_person" : "care_needs_assessment";
            try (Connection connection = dataSource.getConnection();
                    Statement sql = connection.createStatement()) {
                sql.execute("CREATE TEMPORARY TABLE " + table + "_before (n SERIAL, language TEXT)");
                for (String text : typed) {
                    sql.execute(
                            "INSERT INTO " + table + "_before (language) VALUES ('" + text.replace("'", "''") + "')");
                }
                sql.execute(Files.readString(MIGRATIONS.resolve(migration))
                        .replace("UPDATE " + table + " p", "UPDATE " + table + "_before p"));
                List<String> after = new ArrayList<>();
                try (ResultSet rows = sql.executeQuery("SELECT language FROM " + table + "_before ORDER BY n")) {
                    while (rows.next()) {
                        after.add(rows.getString(1));
                    }
                }
                sql.execute("DROP TABLE " + table + "_before");
                assertThat(after)
                        .as(migration)
                        .containsExactly(
                                "pl", "pl", "pl", "pl", "pl", "ur", "bfi", "ro", "pl", "Klingon", "My own words");
            }
        }
    }

    @Test
    void directory_entries_languages_become_known_codes_in_their_order_without_repeats() throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute("CREATE TEMPORARY TABLE support_organisation_before (n SERIAL, languages TEXT[])");
            sql.execute("""
                    INSERT INTO support_organisation_before (languages)
                    VALUES ('{en,cy,pa}'), ('{en,pt-BR,pt}'), ('{polish,ur,xx}')""");
            sql.execute(Files.readString(MIGRATIONS.resolve("V2026.12.10.33__referrals_language_codes.sql"))
                    .replace("UPDATE support_organisation o", "UPDATE support_organisation_before o"));
            List<String> after = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery(
                    "SELECT array_to_string(languages, ',') FROM support_organisation_before ORDER BY n")) {
                while (rows.next()) {
                    after.add(rows.getString(1));
                }
            }
            sql.execute("DROP TABLE support_organisation_before");
            assertThat(after).containsExactly("en,cy,pa", "en,pt", "pl,ur,xx");
        }
    }

    @Test
    void the_names_the_migrations_read_are_those_the_service_knows() throws Exception {
        Map<String, String> table = new TreeMap<>();
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery("SELECT name, code FROM language_name_v")) {
            while (rows.next()) {
                table.put(rows.getString(1), rows.getString(2));
            }
        }
        assertThat(table).isEqualTo(Languages.texts());
    }
}
