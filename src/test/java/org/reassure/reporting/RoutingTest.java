package org.reassure.reporting;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.reassure.platform.InvalidInput;
import org.reassure.testing.ReassureProcess;
import org.reassure.testing.ReassureTest;
import org.reassure.testing.Texts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which unit a report goes to: the postcode-district table, administered from the command line, else the force. */
@ReassureTest
class RoutingTest {

    @Autowired
    Routing routing;

    @Autowired
    Reports reports;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_demo_boroughs_cover_their_postcode_districts_with_or_without_a_space() {
        assertThat(routing.unitFor("TW3 1AB")).contains("HNS");
        assertThat(routing.unitFor("tw141aa")).contains("HNS");
        assertThat(routing.unitFor("UB6 0AA")).contains("EAL");
        assertThat(routing.unitFor("E16 2AA")).contains("NWM");
        assertThat(routing.unitFor("E1 6AN")).as("E1 is not E16").isEmpty();
        assertThat(routing.unitFor(null)).isEmpty();
    }

    @Test
    void a_district_mapped_later_sends_the_next_report_to_that_unit() {
        routing.map("KT1", "HNS-SNT");
        String reference =
                reports.submit(report("KT1 1AA"), Reports.Channel.ONLINE).reference();
        String unit = Eventually.await(
                "the case",
                () -> jdbc.sql("SELECT u.code FROM hate_case c JOIN unit u ON u.id = c.unit_id WHERE c.reference = ?")
                        .param(reference)
                        .query(String.class)
                        .optional()
                        .orElse(null));
        assertThat(unit).isEqualTo("HNS-SNT");
        routing.unmap("KT1");
        assertThat(routing.unitFor("KT1 1AA")).isEmpty();
    }

    @Test
    void a_district_cannot_be_mapped_to_a_unit_that_does_not_exist() {
        assertThatThrownBy(() -> routing.map("KT2", "NOWHERE"))
                .isInstanceOf(InvalidInput.class)
                .satisfies(Texts.says("There is no unit with the code NOWHERE"));
        assertThatThrownBy(() -> routing.map("not a district", "HNS")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void the_demo_reports_wait_in_triage_including_an_anonymous_one_and_one_made_for_someone_else() {
        List<String> kinds = Eventually.await("the demo cases", () -> {
            List<String> found = jdbc.sql("""
                    SELECT c.perceived_by || '/' || c.anonymous || '/' || u.code FROM report r
                    JOIN hate_case c ON c.reference = r.reference JOIN unit u ON u.id = c.unit_id
                    WHERE r.description LIKE 'A man in a van%' OR r.description LIKE 'I saw two people%'
                       OR r.description LIKE 'My brother, who has a learning disability%'""").query(String.class).list();
            return found.size() == 3 ? found : null;
        });
        assertThat(kinds).containsExactlyInAnyOrder("VICTIM/false/HNS", "WITNESS/true/EAL", "THIRD_PARTY/false/MET");
    }

    @Test
    void an_administrator_maps_a_district_from_the_command_line() {
        ReassureProcess.Result mapped = ReassureProcess.run(
                ReassureProcess.sameDatabase(), null, "admin", "map-postcode", "--district", "kt3", "--unit", "EAL");
        assertThat(mapped.exitCode()).as(mapped.stderr()).isZero();
        assertThat(mapped.stdout()).contains("Reports from KT3 now go to EAL");
        assertThat(routing.unitFor("KT3 4AA")).contains("EAL");
        ReassureProcess.Result wrong = ReassureProcess.run(
                ReassureProcess.sameDatabase(),
                null,
                "admin",
                "map-postcode",
                "--district",
                "KT3",
                "--unit",
                "NOWHERE");
        assertThat(wrong.exitCode()).isNotZero();
        assertThat(wrong.stderr())
                .contains("There is no unit with the code NOWHERE")
                .doesNotContain("Exception");
    }

    @Test
    void the_perceived_religion_reaches_the_case_with_the_religion_strand() {
        NewReport antisemitic = new NewReport(
                "WITNESS",
                true,
                "Stickers against Jewish people on the lamp posts",
                List.of("RACE", "RELIGION"),
                null,
                null,
                new NewReport.Location(null, "E6 2JA"),
                null,
                null,
                null,
                null,
                null,
                List.of("ANTI_JEWISH"),
                null,
                null,
                null,
                null);
        String reference = reports.submit(antisemitic, Reports.Channel.ONLINE).reference();
        List<String> religions = Eventually.await("the case's religion", () -> {
            List<String> found = jdbc.sql(
                            "SELECT r.category FROM case_religion r JOIN hate_case c ON c.id = r.case_id WHERE c.reference = ?")
                    .param(reference)
                    .query(String.class)
                    .list();
            return found.isEmpty() ? null : found;
        });
        assertThat(religions).containsExactly("ANTI_JEWISH");
    }

    @Test
    void the_victim_named_in_a_report_joins_the_case_and_an_earlier_case_of_theirs_is_suggested() {
        String email = "report.victim." + System.nanoTime() + "@example.com";
        NewReport.Person victim =
                new NewReport.Person("Ngozi Eze", null, email, null, "EMAIL", null, null, null, null, null, null);
        NewReport first = new NewReport(
                "VICTIM",
                false,
                "Shouted at in the park",
                List.of("RACE"),
                null,
                null,
                new NewReport.Location(null, "TW3 1ES"),
                null,
                victim,
                null,
                new NewReport.Consent(true, false),
                null,
                null,
                null,
                null,
                null,
                null);
        String earlier = reports.submit(first, Reports.Channel.ONLINE).reference();
        Eventually.await(
                "the first case's victim",
                () -> jdbc.sql("SELECT full_name FROM person p JOIN hate_case c ON c.id = p.case_id "
                                + "WHERE c.reference = ? AND p.role = 'VICTIM'")
                        .param(earlier)
                        .query(String.class)
                        .optional()
                        .orElse(null));
        String later = reports.submit(first, Reports.Channel.ONLINE).reference();
        String basis = Eventually.await(
                "the suggested repeat",
                () -> jdbc.sql("""
                SELECT m.basis FROM repeat_match m JOIN person p ON p.id = m.person_id JOIN hate_case c ON c.id = p.case_id
                WHERE c.reference = ?""").param(later).query(String.class).optional().orElse(null));
        assertThat(basis).contains("same email address");
    }

    private static NewReport report(String postcode) {
        return new NewReport(
                "VICTIM",
                true,
                "Routing test",
                List.of("RACE"),
                null,
                null,
                new NewReport.Location(null, postcode),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
