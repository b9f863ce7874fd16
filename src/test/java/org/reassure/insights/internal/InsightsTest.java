package org.reassure.insights.internal;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import org.reassure.identity.Unit;
import org.reassure.identity.Units;
import org.reassure.testing.Browser;
import org.reassure.testing.ReassureTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Insights over cases loaded straight into the case tables (as the generator does), in a borough of their own
 * under the demo force: the return's arithmetic, exports within unit scope and audited, the ODS file's
 * structure, publishing open data and the public page, the data-quality checks, and bad input.
 */
@ReassureTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InsightsTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Units units;

    @Autowired
    ReadModel readModel;

    @Autowired
    HomeOfficeReturn homeOfficeReturn;

    @Autowired
    TransactionTemplate transaction;

    private Unit borough;
    private String multiStrand;
    private String noStrand;

    @BeforeAll
    void loadCases() {
        borough = units.create("IQB", "Insights Test Borough", "MET");
        units.create("IQB-CSU", "Insights Test Community Safety Unit", "IQB");
        // Financial year April 2024 to March 2025.
        multiStrand = crime("IQB", "2024-06-15T10:00:00Z", "HAD", "RACE", "RELIGION");
        crime("IQB-CSU", "2024-07-01T10:00:00Z", "COMMON_ASSAULT", "RACE");
        String witnessed = crime("IQB", "2025-03-31T20:00:00Z", "CRIMINAL_DAMAGE", "DISABILITY");
        crime("IQB-CSU", "2024-09-09T09:00:00Z", "RA_HAD", "RACE", "SEXUAL_ORIENTATION", "TRANSGENDER");
        // Outside the year, and not a crime: neither counts.
        crime("IQB", "2024-03-31T22:00:00Z", "HAD", "RACE");
        UUID nchi = insert("IQB", "2024-10-10T10:00:00Z", "NCHI", null, "Somebody shouted at me", "They dislike women");
        strand(nchi, "SEX");
        UUID plain = insert(
                "IQB", "2024-11-11T10:00:00Z", "CRIME", "HAD", "A neighbour made racist remarks and threats", null);
        noStrand = jdbc.sql("SELECT reference FROM hate_case WHERE id = ?")
                .param(plain)
                .query(String.class)
                .single();
        // Satisfaction survey answers: one victim very satisfied, one fairly dissatisfied; a witness's answer does not
        // count.
        satisfaction(multiStrand, 6, "VICTIM");
        satisfaction(noStrand, 3, "ON_BEHALF");
        satisfaction(witnessed, 7, "WITNESS");
        readModel.refresh();
    }

    @Test
    void the_return_counts_each_offence_once_in_the_total_and_once_under_each_of_its_strands() {
        HomeOfficeReturn.Table table = homeOfficeReturn.forYear(borough, 2024);
        Map<String, Long> totals = byStrand(table, table.totals());
        assertThat(table.totals().total()).isEqualTo(5);
        assertThat(totals)
                .containsEntry("RACE", 3L)
                .containsEntry("RELIGION", 1L)
                .containsEntry("DISABILITY", 1L)
                .containsEntry("SEXUAL_ORIENTATION", 1L)
                .containsEntry("TRANSGENDER", 1L)
                .containsEntry("SEX", 0L);
        assertThat(table.strandCountsMinusTotal()).isEqualTo(7 - 5);
        HomeOfficeReturn.Line publicOrder = table.lines().stream()
                .filter(l -> l.code().equals("PUBLIC_ORDER"))
                .findFirst()
                .orElseThrow();
        assertThat(publicOrder.total()).isEqualTo(3);
        assertThat(byStrand(table, publicOrder))
                .containsEntry("RACE", 2L)
                .containsEntry("RELIGION", 1L)
                .containsEntry("TRANSGENDER", 1L);
        assertThat(table.lines().stream()
                        .mapToLong(HomeOfficeReturn.Line::total)
                        .sum())
                .isEqualTo(table.totals().total());
        // The team below the borough counts on its own; a year with nothing is all zeros, not an error.
        assertThat(homeOfficeReturn
                        .forYear(units.findByCode("IQB-CSU").orElseThrow(), 2024)
                        .totals()
                        .total())
                .isEqualTo(2);
        assertThat(homeOfficeReturn.forYear(borough, 2019).totals().total()).isZero();
    }

    @Test
    void the_return_downloads_as_a_valid_opendocument_spreadsheet_and_the_download_is_audited() throws Exception {
        Browser analyst = new Browser(port).signedInAs("analyst");
        Browser.Page page = analyst.get("/insights/return?unit=IQB&year=2024");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "Home Office annual hate crime return",
                        "April 2024 to March 2025",
                        "Figures as at",
                        "Total offences");
        long before = disclosures("home-office-return");
        HttpResponse<byte[]> ods = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://localhost:" + port + "/insights/return.ods?unit=IQB&year=2024"))
                                .header("Cookie", "REASSURE_SESSION=" + analyst.sessionCookie())
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(ods.statusCode()).isEqualTo(200);
        assertThat(ods.headers().firstValue("Content-Type").orElseThrow()).startsWith(OdsWriter.MIME);
        Document content = null;
        boolean manifest = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(ods.body()))) {
            ZipEntry first = zip.getNextEntry();
            assertThat(first.getName()).isEqualTo("mimetype");
            assertThat(first.getMethod()).isEqualTo(ZipEntry.STORED);
            assertThat(new String(zip.readAllBytes(), StandardCharsets.US_ASCII))
                    .isEqualTo(OdsWriter.MIME);
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                byte[] bytes = zip.readAllBytes();
                if (e.getName().equals("content.xml")) {
                    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                    factory.setNamespaceAware(true);
                    content = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
                }
                manifest |= e.getName().equals("META-INF/manifest.xml");
            }
        }
        assertThat(manifest).isTrue();
        assertThat(content).isNotNull();
        NodeList rows = content.getElementsByTagNameNS("urn:oasis:names:tc:opendocument:xmlns:table:1.0", "table-row");
        String last = rows.item(rows.getLength() - 1).getTextContent();
        assertThat(last).startsWith("All offences").endsWith("5");
        assertThat(disclosures("home-office-return")).isEqualTo(before + 1);

        Browser.Page csv = analyst.get("/insights/return.csv?unit=IQB&year=2024");
        assertThat(csv.body()).startsWith("Offence group,Race or ethnicity").contains("All offences,3,1,1,1,1,0,0,5");
        Browser.Page mapping = analyst.get("/insights/bias-mapping.csv?unit=IQB&year=2024");
        assertThat(mapping.body()).contains("RACE,,33,").contains("TRANSGENDER,,71,Gender Identity,Anti-Transgender");
        assertThat(disclosures("bias-mapping")).isPositive();
    }

    @Test
    void exports_hold_only_the_cases_the_person_may_see_and_each_is_audited() {
        Browser analyst = new Browser(port).signedInAs("analyst");
        Browser.Page all =
                analyst.get("/insights/export/cases.csv?unit=IQB&from-month=1&from-year=2024&to-month=12&to-year=2025");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body())
                .startsWith("reference,month,unit")
                .contains(multiStrand + ",2024-06,IQB,CRIME,PUBLIC_ORDER,RACE;RELIGION")
                .doesNotContain("racist remarks");
        assertThat(all.body().lines().count()).isEqualTo(1 + 7);
        Browser supervisor = new Browser(port).signedInAs("supervisor");
        Browser.Page own =
                supervisor.get("/insights/export/cases.csv?from-month=1&from-year=2024&to-month=12&to-year=2025");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).doesNotContain(multiStrand).doesNotContain(",IQB,");
        Browser.Page other = supervisor.get(
                "/insights/export/cases.csv?unit=IQB&from-month=1&from-year=2024&to-month=12&to-year=2025");
        assertThat(other.status()).isNotEqualTo(200);
        assertThat(other.body()).doesNotContain(multiStrand);
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit_event WHERE action = 'DISCLOSURE' AND record_type = 'statistics-export' AND actor = 'supervisor' AND outcome = 'ALLOWED'")
                        .query(Long.class)
                        .single())
                .isPositive();
        assertThat(jdbc.sql(
                                "SELECT record_id FROM audit_event WHERE action = 'DISCLOSURE' AND record_type = 'statistics-export' AND actor = 'analyst' ORDER BY seq DESC LIMIT 1")
                        .query(String.class)
                        .single())
                .contains("unit=IQB", "from-year=2024");
        Browser.Page dashboard = supervisor.get("/insights?unit=IQB");
        assertThat(dashboard.body())
                .contains("Select a unit you work in or one below it")
                .doesNotContain("Insights Test Borough");
    }

    @Test
    void the_dashboard_draws_accessible_charts_and_copes_with_empty_periods_and_bad_input() {
        Browser analyst = new Browser(port).signedInAs("analyst");
        Browser.Page page = analyst.get("/insights?unit=IQB&from-month=4&from-year=2024&to-month=3&to-year=2025");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "Hate crime statistics",
                        "Figures as at",
                        "role=\"img\"",
                        "<title id=\"strands-title\">",
                        "Cases by strand",
                        "Insights Test Community Safety Unit",
                        "Charge rate",
                        "Victim withdrawal",
                        "Time to first contact");
        Browser.Page empty = analyst.get(
                "/insights?unit=IQB&strand=ALTERNATIVE_SUBCULTURE&from-month=1&from-year=2010&to-month=2&to-year=2010");
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).contains("There are no cases for this unit, strand and period");
        Browser.Page bad =
                analyst.get("/insights?from-month=13&from-year=2026&to-month=1&to-year=20x6&strand=NONSENSE");
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.body())
                .contains(
                        "There is a problem",
                        "must be a number from 1 to 12",
                        "Select a strand from the list",
                        "value=\"20x6\"");
        Browser.Page backwards = analyst.get("/insights?from-month=5&from-year=2026&to-month=1&to-year=2026");
        assertThat(backwards.body()).contains("The period must start in or before the month it ends");
        Browser.Page badYear = analyst.get("/insights/return?year=nonsense");
        assertThat(badYear.status()).isEqualTo(200);
        assertThat(badYear.body()).contains("Select a financial year from the list");
        assertThat(new Browser(port).signedInAs("investigator").get("/insights").status())
                .isEqualTo(403);
    }

    @Test
    void the_dashboard_shows_victim_satisfaction_among_the_victims_who_answered() {
        Browser analyst = new Browser(port).signedInAs("analyst");
        String page = analyst.get("/insights?unit=IQB&from-month=4&from-year=2024&to-month=3&to-year=2025")
                .body();
        assertThat(page)
                .contains(
                        "Victim satisfaction",
                        "1 of 2 victims who answered were satisfied overall (completely, very or fairly)",
                        "Victim satisfaction with the service overall",
                        "<title id=\"satisfaction-title\">");
        String race = analyst.get("/insights?unit=IQB&strand=RACE&from-month=4&from-year=2024&to-month=3&to-year=2025")
                .body();
        assertThat(race).contains("1 of 1 victims who answered were satisfied overall");
        String disability = analyst.get(
                        "/insights?unit=IQB&strand=DISABILITY&from-month=4&from-year=2024&to-month=3&to-year=2025")
                .body();
        assertThat(disability).as("a witness's answers are not the victim's").contains("No answers yet");
    }

    @Test
    void data_quality_finds_hostile_words_without_a_strand_and_records_dip_check_verdicts() {
        Browser analyst = new Browser(port).signedInAs("analyst");
        String period = "unit=IQB&from-month=1&from-year=2024&to-month=12&to-year=2025";
        Browser.Page page = analyst.get("/insights/quality?" + period);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains(noStrand, "racist", "No answer to why it happened", "Time from report to recording");
        Browser.Page drawn = analyst.post(
                "/insights/quality/dip-checks",
                Map.of("unit", "IQB", "from-month", "1", "from-year", "2024", "to-month", "12", "to-year", "2025"));
        assertThat(drawn.status()).isEqualTo(302);
        String path = URI.create(drawn.location()).getPath();
        Browser.Page check = analyst.get(path);
        assertThat(check.body()).contains("Dip check", "0 of 6", multiStrand);
        Browser.Page missing =
                analyst.post(path, Map.of("reference", multiStrand, "verdict", "WRONG_STRAND", "note", ""));
        assertThat(missing.status()).isEqualTo(200);
        assertThat(missing.body()).contains("There is a problem", "Say what is wrong with the recording");
        Browser.Page done = analyst.post(path, Map.of("reference", multiStrand, "verdict", "CORRECT", "note", ""));
        assertThat(done.status()).isEqualTo(302);
        assertThat(analyst.get(path).body()).contains("Verdict recorded for " + multiStrand, "1 of 6");
        Browser.Page nothing = analyst.post(
                "/insights/quality/dip-checks",
                Map.of("unit", "IQB", "from-month", "1", "from-year", "2011", "to-month", "2", "to-year", "2011"));
        assertThat(nothing.status()).isEqualTo(302);
        assertThat(analyst.get(URI.create(nothing.location()).getPath() + "?"
                                + URI.create(nothing.location()).getQuery())
                        .body())
                .contains("There are no recorded crimes to sample");
    }

    @Test
    void an_analyst_publishes_open_data_and_the_public_sees_it_with_small_counts_hidden() {
        Browser supervisor = new Browser(port).signedInAs("supervisor");
        assertThat(supervisor.get("/insights/open-data").status()).isEqualTo(403);
        Browser analyst = new Browser(port).signedInAs("analyst");
        Browser.Page preview = analyst.get("/insights/open-data?from-month=4&from-year=2024&to-month=3&to-year=2025");
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body()).contains("Insights Test Borough", "[c]", "Jun 2024");
        long before = disclosures("open-data");
        Browser.Page published = analyst.post(
                "/insights/open-data",
                Map.of("from-month", "4", "from-year", "2024", "to-month", "3", "to-year", "2025"));
        assertThat(published.status()).isEqualTo(302);
        assertThat(disclosures("open-data")).isEqualTo(before + 1);
        Browser visitor = new Browser(port);
        Browser.Page statistics = visitor.get("/statistics");
        assertThat(statistics.status()).isEqualTo(200);
        assertThat(statistics.body()).contains("Hate crime statistics", "Insights Test Borough", "[c]", "Jun 2024");
        assertThat(visitor.get("/statistics?lang=cy").body()).contains("Ystadegau troseddau casineb");
        Browser.Page csv = visitor.get("/statistics/latest.csv");
        assertThat(csv.body()).startsWith("month,area,strand,recorded_hate_crimes");
        assertThat(csv.body().lines().skip(1).map(l -> l.substring(l.lastIndexOf(',') + 1)))
                .allSatisfy(v -> assertThat(v.equals("[c]") || v.equals("0") || Integer.parseInt(v) >= 5)
                        .as(v)
                        .isTrue());
        assertThat(csv.body()).doesNotContain(multiStrand).doesNotContain("racist");
    }

    @Test
    void the_read_model_is_rebuilt_by_one_recurring_task_and_a_node_skips_a_rebuild_already_running_elsewhere()
            throws Exception {
        assertThat(jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = ?")
                        .param(ReadModel.Schedule.TASK_NAME)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread otherNode = new Thread(() -> transaction.executeWithoutResult(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(?)")
                    .param(ReadModel.LOCK)
                    .query()
                    .singleRow();
            held.countDown();
            try {
                release.await();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }));
        otherNode.start();
        held.await();
        try {
            assertThat(readModel.refreshUnlessRunning()).isFalse();
        } finally {
            release.countDown();
            otherNode.join();
        }
        Instant before = readModel.asAt().orElseThrow();
        assertThat(readModel.refreshUnlessRunning()).isTrue();
        assertThat(readModel.asAt().orElseThrow()).isAfterOrEqualTo(before);
    }

    private long disclosures(String recordType) {
        return jdbc.sql(
                        "SELECT count(*) FROM audit_event WHERE action = 'DISCLOSURE' AND record_type = ? AND outcome = 'ALLOWED'")
                .param(recordType)
                .query(Long.class)
                .single();
    }

    private static Map<String, Long> byStrand(HomeOfficeReturn.Table table, HomeOfficeReturn.Line line) {
        Map<String, Long> counts = new HashMap<>();
        for (int i = 0; i < table.columns().size(); i++) {
            counts.put(table.columns().get(i).code(), line.byStrand().get(i));
        }
        return counts;
    }

    private String crime(String unit, String received, String offence, String... strands) {
        UUID id = insert(unit, received, "CRIME", offence, "Shouted abuse in the street", "Because of who I am");
        for (String s : strands) {
            strand(id, s);
        }
        return jdbc.sql("SELECT reference FROM hate_case WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private void satisfaction(String reference, int overall, String respondent) {
        jdbc.sql("""
                INSERT INTO victim_satisfaction (case_reference, overall, respondent, channel, answered_at, recorded_by)
                VALUES (?, ?, ?, 'TELEPHONE', now(), 'test')""").params(reference, overall, respondent).update();
    }

    private void strand(UUID id, String strand) {
        jdbc.sql("INSERT INTO case_strand (case_id, strand_code) VALUES (?, ?)")
                .params(id, strand)
                .update();
    }

    private UUID insert(
            String unit, String received, String classification, String offence, String account, String reason) {
        UUID id = UUID.randomUUID();
        Instant at = Instant.parse(received);
        jdbc.sql("""
                INSERT INTO hate_case (id, reference, status, channel, received_at, unit_id, account, hostility_reason, perceived_by,
                                       classification, offence_code, recorded_at, recorded_by)
                VALUES (?, ?, 'RECORDED', 'ONLINE', ?, (SELECT id FROM unit WHERE code = ?), ?, ?, 'VICTIM', ?, ?, ?, 'test')""")
                .params(
                        id,
                        String.format("HC24-IQ%02d-%04d", SEQUENCE.incrementAndGet(), Math.abs(id.hashCode()) % 10000),
                        Timestamp.from(at),
                        unit,
                        account,
                        reason,
                        classification,
                        offence,
                        Timestamp.from(at.plusSeconds(3600)))
                .update();
        jdbc.sql(
                        "INSERT INTO case_history (case_id, at, actor, to_status, what) VALUES (?, ?, 'test', 'RECORDED', 'Loaded for a test')")
                .params(id, Timestamp.from(at))
                .update();
        return id;
    }
}
