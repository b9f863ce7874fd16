package org.reassure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A module's tables are read and written only by its own SQL. Every table belongs to the module whose migration
 * creates it; another module reads it only through a view the owner publishes (a view whose name ends in
 * {@code _v}, documented in the owner's migration as part of its API) or through the owner's Java API. This test
 * reads every SQL string in the main Java sources and every view and function as the migrations leave them, and
 * fails on any other crossing.
 */
class SqlOwnershipTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path SOURCES = Path.of("src/main/java/org/reassure");

    /** The modules whose name a migration's description starts with (V..__casework_people.sql is case work's). */
    static final List<String> MODULES = List.of(
            "platform",
            "identity",
            "audit",
            "casework",
            "reporting",
            "care",
            "referrals",
            "trials",
            "insights",
            "spikes",
            "synthetic",
            "notifications",
            "uploads");

    /** Migrations written before modules named their migrations so: their descriptions, and the module of each. */
    private static final Map<String, String> EARLIER_MIGRATIONS = Map.ofEntries(
            Map.entry("religion_categories", "casework"),
            Map.entry("people", "casework"),
            Map.entry("case_notes", "casework"),
            Map.entry("report_evidence", "reporting"),
            Map.entry("staff_entered_reports", "reporting"),
            Map.entry("staff_work_phone", "identity"),
            Map.entry("report_messages", "reporting"),
            Map.entry("third_party_centres", "reporting"),
            Map.entry("kiosks", "reporting"),
            Map.entry("public_request_counters", "reporting"),
            Map.entry("staff_organisation", "identity"),
            Map.entry("src_neighbourhood_team", "care"),
            Map.entry("victim_satisfaction", "reporting"),
            Map.entry("trial_satisfaction_outcome", "trials"),
            Map.entry("referral_organisation_stopped", "referrals"));

    /** Tables that changed hands after the migration that created them. */
    private static final Map<String, String> HANDED_OVER = Map.of(
            // db-scheduler's table: every module's clocks live in it; the care migration created it first.
            "scheduled_tasks", "platform");

    /**
     * Crossings that stay, each with its reason. Keep this list short: a crossing belongs behind a published view or
     * the owner's Java API.
     */
    private static final Map<String, String> EXCEPTIONS = Map.of();

    private static final Pattern TABLE_AFTER_KEYWORD = Pattern.compile(
            "\\b(?:FROM|JOIN|INTO|UPDATE|TABLE|COPY|TRUNCATE|ON)\\s+(?:ONLY\\s+|IF\\s+(?:NOT\\s+)?EXISTS\\s+)?([a-z_][a-z0-9_]*)");
    private static final Pattern COLUMN_LIST = Pattern.compile("\\s*([a-z_][a-z0-9_]*)\\s*\\(");
    private static final Pattern CREATES = Pattern.compile(
            "CREATE\\s+(?:UNLOGGED\\s+)?(?:TABLE|(?:OR\\s+REPLACE\\s+)?(?:MATERIALIZED\\s+)?VIEW)\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?([a-z_][a-z0-9_]*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DEFINITION = Pattern.compile(
            "CREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:MATERIALIZED\\s+)?(VIEW|FUNCTION)\\s+([a-z_][a-z0-9_]*)(.*?)(?:;\\s*$|\\$\\$\\s*;)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL | Pattern.MULTILINE);
    private static final Pattern MIGRATION_NAME = Pattern.compile("V([0-9.]+)__([a-z0-9_]+)\\.sql");
    private static final Pattern STRING_LITERAL =
            Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
    /** Migrations from this day on may change only their own module's tables. */
    private static final String CHECKED_FROM = "2026.12.07";

    @Test
    void every_module_names_only_its_own_tables_or_published_views() throws IOException {
        Map<String, String> owners = owners();
        List<String> crossings = new ArrayList<>();
        crossings.addAll(javaCrossings(owners));
        crossings.addAll(migrationCrossings(owners));
        crossings.removeIf(crossing -> EXCEPTIONS.keySet().stream().anyMatch(crossing::startsWith));
        assertThat(crossings)
                .as("SQL naming another module's table (publish a view ending in _v, or use the owner's Java API)")
                .isEmpty();
    }

    @Test
    void every_table_has_an_owner_and_every_migration_a_module() throws IOException {
        for (Path migration : migrations()) {
            assertThat(moduleOf(migration))
                    .as(migration.getFileName().toString())
                    .isIn(MODULES);
        }
        assertThat(owners()).containsKeys("hate_case", "report", "care_task", "scheduled_tasks", "referral");
    }

    /** Each table and view with the module that owns it, from the migrations. */
    static Map<String, String> owners() throws IOException {
        Map<String, String> owners = new TreeMap<>();
        for (Path migration : migrations()) {
            Matcher created = CREATES.matcher(withoutComments(Files.readString(migration)));
            while (created.find()) {
                owners.putIfAbsent(created.group(1).toLowerCase(Locale.ROOT), moduleOf(migration));
            }
        }
        owners.putAll(HANDED_OVER);
        return owners;
    }

    static String moduleOf(Path migration) {
        Matcher name = MIGRATION_NAME.matcher(migration.getFileName().toString());
        if (!name.matches()) {
            return "unnamed";
        }
        String description = name.group(2);
        if (EARLIER_MIGRATIONS.containsKey(description)) {
            return EARLIER_MIGRATIONS.get(description);
        }
        return MODULES.stream()
                .filter(module -> description.equals(module) || description.startsWith(module + "_"))
                .findFirst()
                .orElse("unnamed");
    }

    private static List<Path> migrations() throws IOException {
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            return files.filter(file -> file.toString().endsWith(".sql"))
                    .sorted()
                    .toList();
        }
    }

    private static List<String> javaCrossings(Map<String, String> owners) throws IOException {
        List<String> crossings = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java"))
                    .sorted()
                    .toList()) {
                String module = SOURCES.relativize(file).getName(0).toString();
                if (!MODULES.contains(module)) {
                    continue;
                }
                Matcher literal = STRING_LITERAL.matcher(Files.readString(file));
                while (literal.find()) {
                    String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
                    Set<String> tables = new TreeSet<>(tablesNamedIn(text, owners));
                    // A COPY target built in pieces: "hate_case (id, reference, ...)".
                    Matcher columnList = COLUMN_LIST.matcher(text);
                    if (columnList.lookingAt() && owners.containsKey(columnList.group(1))) {
                        tables.add(columnList.group(1));
                    }
                    for (String table : tables) {
                        if (!mayName(module, table, owners)) {
                            crossings.add(module + " names " + table + " (owned by " + owners.get(table) + ") in "
                                    + SOURCES.relativize(file));
                        }
                    }
                }
            }
        }
        return crossings;
    }

    /** Views and functions as the migrations leave them, and every statement of a migration from today on. */
    private static List<String> migrationCrossings(Map<String, String> owners) throws IOException {
        Map<String, String[]> definitions = new LinkedHashMap<>();
        List<String> crossings = new ArrayList<>();
        for (Path migration : migrations()) {
            String module = moduleOf(migration);
            String sql = withoutComments(Files.readString(migration));
            Matcher definition = DEFINITION.matcher(sql);
            while (definition.find()) {
                String name = definition.group(2).toLowerCase(Locale.ROOT);
                definitions.put(name, new String[] {
                    module, definition.group(3), migration.getFileName().toString()
                });
            }
            Matcher dropped = Pattern.compile("DROP\\s+(?:VIEW|FUNCTION)\\s+(?:IF\\s+EXISTS\\s+)?([a-z_][a-z0-9_]*)")
                    .matcher(sql);
            while (dropped.find()) {
                definitions.remove(dropped.group(1));
            }
            Matcher version = MIGRATION_NAME.matcher(migration.getFileName().toString());
            if (version.matches() && version.group(1).compareTo(CHECKED_FROM) >= 0) {
                for (String table : tablesNamedIn(sql, owners)) {
                    if (!mayName(module, table, owners)) {
                        crossings.add(module + " names " + table + " (owned by " + owners.get(table) + ") in "
                                + migration.getFileName());
                    }
                }
            }
        }
        definitions.forEach((name, definition) -> {
            for (String table : tablesNamedIn(definition[1], owners)) {
                if (!mayName(definition[0], table, owners)) {
                    crossings.add(definition[0] + " names " + table + " (owned by " + owners.get(table) + ") in " + name
                            + " of " + definition[2]);
                }
            }
        });
        return crossings;
    }

    private static boolean mayName(String module, String table, Map<String, String> owners) {
        return module.equals(owners.get(table)) || table.endsWith("_v");
    }

    /** Tables and views named after a SQL keyword (upper case, as this code base writes SQL). */
    static Set<String> tablesNamedIn(String sql, Map<String, String> owners) {
        Set<String> tables = new TreeSet<>();
        Matcher matcher = TABLE_AFTER_KEYWORD.matcher(sql);
        while (matcher.find()) {
            if (owners.containsKey(matcher.group(1))) {
                tables.add(matcher.group(1));
            }
        }
        return tables;
    }

    private static String withoutComments(String sql) {
        return sql.replaceAll("--[^\\n]*", "");
    }
}
