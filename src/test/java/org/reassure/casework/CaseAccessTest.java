package org.reassure.casework;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.reassure.identity.ApiTokens;
import org.reassure.identity.StaffAccounts;
import org.reassure.testing.Api;
import org.reassure.testing.Browser;
import org.reassure.testing.ReassureTest;
import org.reassure.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;

/** Roles and unit scoping on case pages and the staff API; every refusal lands in the audit log. */
@ReassureTest
class CaseAccessTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    ApiTokens tokens;

    @Test
    void investigator_sees_only_cases_of_their_own_team() {
        Browser investigator = new Browser(port).signedInAs("investigator");
        String page = investigator.get("/cases").body();
        long ownTeam = jdbc.sql(
                        "SELECT count(*) FROM hate_case c JOIN unit u ON u.id = c.unit_id WHERE u.code = 'HNS-CSU'")
                .query(Long.class)
                .single();
        assertThat(ownTeam).isPositive();
        assertThat(page).contains(ownTeam + " cases");
        String otherBorough = reference("EAL-CSU");
        assertThat(page).doesNotContain(otherBorough);
    }

    @Test
    void supervisor_of_a_borough_sees_the_borough_and_the_teams_below_it() {
        long borough = jdbc.sql("""
                SELECT count(*) FROM hate_case c JOIN unit u ON u.id = c.unit_id WHERE u.code IN ('HNS', 'HNS-CSU', 'HNS-SNT')""").query(Long.class).single();
        assertThat(new Browser(port).signedInAs("supervisor").get("/cases").body())
                .contains(borough + " cases");
    }

    @Test
    void opening_a_case_of_another_unit_is_refused_and_audited() {
        String otherBorough = reference("EAL-CSU");
        Browser.Page page = new Browser(port).signedInAs("investigator").get("/cases/" + otherBorough);
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).contains("You cannot see this page", "This attempt has been recorded");
        assertThat(denials("investigator", "case", otherBorough)).isEqualTo(1);
    }

    @Test
    void opening_a_case_of_ones_own_unit_shows_the_victims_own_words_and_is_audited_as_a_consultation() {
        String own = unrestrictedReference("HNS-CSU");
        String account = jdbc.sql("SELECT account FROM hate_case WHERE reference = ?")
                .param(own)
                .query(String.class)
                .single();
        Browser.Page page = new Browser(port).signedInAs("investigator").get("/cases/" + own);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("In their own words", escapeHtml(account), "History", "Report received");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE actor = 'investigator' AND action = 'CONSULTATION' "
                                + "AND record_type = 'case' AND record_id = ? AND outcome = 'ALLOWED'")
                        .param(own)
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void restricted_case_asks_for_a_reason_and_keeps_it_in_the_audit_log() {
        String restricted = jdbc.sql("""
                SELECT c.reference FROM hate_case c JOIN unit u ON u.id = c.unit_id
                WHERE u.code = 'HNS-CSU' ORDER BY c.reference LIMIT 1""").query(String.class).single();
        jdbc.sql("UPDATE hate_case SET restricted = TRUE WHERE reference = ?")
                .param(restricted)
                .update();
        Browser investigator = new Browser(port).signedInAs("investigator");
        Browser.Page ask = investigator.get("/cases/" + restricted);
        assertThat(ask.status()).isEqualTo(403);
        assertThat(ask.body()).contains("This case is restricted", "Why do you need to look at this case?");
        assertThat(investigator
                        .post("/cases/" + restricted, Map.of("justification", "  "))
                        .body())
                .contains("Enter why you need to look at this case");
        Browser.Page opened = investigator.post(
                "/cases/" + restricted, Map.of("justification", "Allocated officer preparing the victim update"));
        assertThat(opened.status()).isEqualTo(200);
        assertThat(opened.body()).contains("In their own words");
        assertThat(jdbc.sql(
                                "SELECT justification FROM audit_event WHERE record_type = 'case' AND record_id = ? AND outcome = 'ALLOWED'")
                        .param(restricted)
                        .query(String.class)
                        .list())
                .contains("Allocated officer preparing the victim update");
    }

    @Test
    void partner_and_administrator_roles_do_not_see_case_work() {
        assertThat(new Browser(port).signedInAs("thirdparty").get("/cases").status())
                .isEqualTo(403);
        assertThat(new Browser(port).signedInAs("admin").get("/cases").status()).isEqualTo(403);
        assertThat(denials("thirdparty", "case-list", null)).isPositive();
    }

    @Test
    void non_administrators_cannot_reach_administration_and_the_refusal_is_audited() {
        Browser investigator = new Browser(port).signedInAs("investigator");
        Browser.Page page = investigator.get("/admin/users");
        assertThat(page.status()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE actor = 'investigator' AND outcome = 'DENIED' "
                                + "AND record_id = 'GET /admin/users'")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void api_lists_only_the_callers_cases_and_refuses_other_units() {
        String token = Tokens.of(tokens, accounts, "investigator");
        Api api = new Api(port);
        Api.Response list = api.get("/api/v1/cases", token);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body())
                .contains("\"unit\":\"HNS-CSU\"")
                .doesNotContain("\"unit\":\"EAL-CSU\"", "\"unit\":\"HNS\"");
        Api.Response other = api.get("/api/v1/cases/" + reference("EAL-CSU"), token);
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.contentType()).startsWith("application/problem+json");
        Api.Response otherUnitFilter = api.get("/api/v1/cases?unit=EAL", token);
        assertThat(otherUnitFilter.status()).isEqualTo(403);
        Api.Response badStatus = api.get("/api/v1/cases?status=SOMETHING", token);
        assertThat(badStatus.status()).isEqualTo(422);
        assertThat(badStatus.body()).contains("\"field\":\"status\"");
    }

    @Test
    void api_restricted_case_needs_a_justification_header() {
        String restricted = jdbc.sql("""
                SELECT c.reference FROM hate_case c JOIN unit u ON u.id = c.unit_id
                WHERE u.code = 'HNS-CSU' ORDER BY c.reference DESC LIMIT 1""").query(String.class).single();
        jdbc.sql("UPDATE hate_case SET restricted = TRUE WHERE reference = ?")
                .param(restricted)
                .update();
        String token = Tokens.of(tokens, accounts, "investigator");
        Api api = new Api(port);
        Api.Response refused = api.get("/api/v1/cases/" + restricted, token);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("X-Justification");
        Api.Response allowed =
                api.get("/api/v1/cases/" + restricted, token, "X-Justification", "Reviewing the file for court");
        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.body()).contains("\"reference\":\"" + restricted + "\"", "\"account\"");
        assertThat(api.get("/api/v1/cases/HC26-NOPE-NOPE", token).status()).isEqualTo(404);
    }

    private String reference(String unitCode) {
        return jdbc.sql(
                        "SELECT c.reference FROM hate_case c JOIN unit u ON u.id = c.unit_id WHERE u.code = ? ORDER BY c.received_at LIMIT 1")
                .param(unitCode)
                .query(String.class)
                .single();
    }

    private String unrestrictedReference(String unitCode) {
        return jdbc.sql("""
                SELECT c.reference FROM hate_case c JOIN unit u ON u.id = c.unit_id
                WHERE u.code = ? AND NOT c.restricted ORDER BY c.received_at DESC LIMIT 1""").param(unitCode).query(String.class).single();
    }

    private long denials(String actor, String recordType, String recordId) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE actor = ? AND record_type = ? AND outcome = 'DENIED' "
                        + "AND (CAST(? AS TEXT) IS NULL OR record_id = ?)")
                .params(actor, recordType, recordId, recordId)
                .query(Long.class)
                .single();
    }

    private static String escapeHtml(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
