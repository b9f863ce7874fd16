package org.reassure.reporting;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.reassure.testing.Browser;
import org.reassure.testing.ReassureTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kiosk mode on a shared device, turned on by a link an administrator issues: no autocomplete, nothing
 * kept by the browser, "finish and clear" ends the visit completely, an idle visit is forgotten by the
 * server on its own, and reports record the kiosk channel.
 */
@ReassureTest
class KioskModeTest {

    private static final Pattern LINK = Pattern.compile("/kiosk/([2-9A-Z]{40})");
    private static final Pattern FIELD = Pattern.compile("<(input|textarea)\\b[^>]*>");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void an_administrator_issues_a_link_shown_once_and_kept_only_as_a_hash() {
        Browser admin = new Browser(port).signedInAs("admin");
        admin.get("/admin/kiosks");
        Browser.Page missing = admin.post("/admin/kiosks", Map.of("name", " "));
        assertThat(missing.body())
                .contains("<a href=\"#name\">Enter where the device is, like Hounslow Library front desk</a>");
        String token = issue(admin, "Hanwell Library front desk");
        assertThat(admin.get("/admin/kiosks").body())
                .contains("Hanwell Library front desk", "In use")
                .doesNotContain(token);
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM kiosk_device WHERE token_hash LIKE '%' || ? || '%' OR name LIKE '%' || ? || '%'")
                        .params(token, token)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(new Browser(port)
                        .signedInAs("supervisor")
                        .get("/admin/kiosks")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void on_a_kiosk_no_field_autocompletes_no_page_is_stored_and_every_page_offers_finish_and_clear() {
        Browser kiosk = kiosk("Feltham community centre");
        Browser.Page start = kiosk.get("/report");
        assertThat(start.header("Cache-Control")).contains("no-store");
        assertThat(start.body())
                .contains("Finish and clear", "reassure-kiosk", "data-kiosk-reset=\"270\"", "/js/kiosk.js")
                .doesNotContain("Staff sign in");
        JourneySteps.answerUpToContactChoice(kiosk, "VICTIM", "TW13 4AA");
        JourneySteps.step(kiosk, "contact-choice", Map.of("giveDetails", "YES"), "about-you");
        for (String page : List.of(
                "/report/what-happened",
                "/report/when",
                "/report/place",
                "/report/about-you",
                "/report/contact",
                "/report/language-and-support",
                "/track")) {
            Browser.Page shown = kiosk.get(page);
            assertThat(shown.status()).as(page).isEqualTo(200);
            assertThat(shown.header("Cache-Control")).as(page).contains("no-store");
            assertThat(shown.body()).as(page).contains("Finish and clear");
            List<String> fields = textFields(shown.body());
            assertThat(fields).as(page).isNotEmpty().allMatch(field -> field.contains("autocomplete=\"off\""));
        }
        // An ordinary browser keeps its helpful autocomplete and has no kiosk bar.
        Browser ordinary = new Browser(port);
        JourneySteps.answerUpToContactChoice(ordinary, "VICTIM", "TW13 4AA");
        JourneySteps.step(ordinary, "contact-choice", Map.of("giveDetails", "YES"), "about-you");
        assertThat(ordinary.get("/report/contact").body())
                .contains("autocomplete=\"email\"")
                .doesNotContain("Finish and clear");
    }

    @Test
    void the_server_forgets_an_idle_kiosk_visit_after_the_kiosk_timeout_without_javascript() {
        Browser kiosk = kiosk("Hounslow Library");
        kiosk.get("/report/who");
        assertThat(jdbc.sql("SELECT max_inactive_interval FROM spring_session WHERE session_id = ?")
                        .param(sessionId(kiosk))
                        .query(Integer.class)
                        .single())
                .isEqualTo(300);
        Browser ordinary = new Browser(port);
        ordinary.get("/report/who");
        assertThat(jdbc.sql("SELECT max_inactive_interval FROM spring_session WHERE session_id = ?")
                        .param(sessionId(ordinary))
                        .query(Integer.class)
                        .single())
                .isGreaterThan(3600);
    }

    @Test
    void finish_and_clear_ends_the_visit_completely_and_the_back_button_finds_nothing() {
        Browser kiosk = kiosk("Ealing Broadway information booth");
        JourneySteps.answerUpToContactChoice(kiosk, "VICTIM", "W5 2NT");
        String session = sessionId(kiosk);
        assertThat(kiosk.get("/report/what-happened").body()).contains("Somebody shouted at me in the street.");
        Browser.Page finished = kiosk.post("/kiosk/finish", Map.of());
        assertThat(finished.location()).endsWith("/kiosk/finished");
        assertThat(finished.header("Clear-Site-Data")).contains("\"cache\"", "\"storage\"");
        assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE session_id = ?")
                        .param(session)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(kiosk.get("/kiosk/finished").body()).contains("Everything has been cleared", "Finish and clear");
        assertThat(kiosk.get("/report/what-happened").location())
                .as("back button")
                .endsWith("/report");
        assertThat(kiosk.get("/report/check").location()).endsWith("/report");
        kiosk.get("/report?lang=cy");
        assertThat(kiosk.post("/kiosk/finish", Map.of()).location())
                .as("still in Welsh")
                .endsWith("/kiosk/finished?lang=cy");
        assertThat(kiosk.get("/kiosk/finished?lang=cy").body())
                .contains("Mae popeth wedi’i glirio", "Gorffen a chlirio");
    }

    @Test
    void a_report_from_a_kiosk_records_the_kiosk_channel_and_a_revoked_link_ends_kiosk_mode() {
        Browser admin = new Browser(port).signedInAs("admin");
        String token = issue(admin, "Plaistow pub information booth");
        Browser kiosk = new Browser(port);
        kiosk.get("/kiosk/" + token);
        String reference = JourneySteps.anonymousReport(kiosk, "E13 0AA");
        assertThat(jdbc.sql("SELECT channel FROM report WHERE reference = ?")
                        .param(reference)
                        .query(String.class)
                        .single())
                .isEqualTo("KIOSK");

        String id = jdbc.sql("SELECT id::text FROM kiosk_device WHERE name = 'Plaistow pub information booth'")
                .query(String.class)
                .single();
        admin.get("/admin/kiosks");
        assertThat(admin.post("/admin/kiosks/" + id + "/revoke", Map.of()).location())
                .endsWith("/admin/kiosks");
        Browser.Page after = kiosk.get("/report");
        assertThat(after.body()).doesNotContain("Finish and clear");
        assertThat(after.header("Set-Cookie")).contains("REASSURE_KIOSK=", "Max-Age=0");
        assertThat(new Browser(port).get("/kiosk/" + token).status()).isEqualTo(404);
        assertThat(admin.get("/admin/kiosks").body()).contains("Revoked");
    }

    private Browser kiosk(String name) {
        String token = issue(new Browser(port).signedInAs("admin"), name);
        Browser device = new Browser(port);
        Browser.Page opened = device.get("/kiosk/" + token);
        assertThat(opened.location()).endsWith("/report");
        assertThat(opened.header("Set-Cookie")).contains("REASSURE_KIOSK=" + token, "HttpOnly");
        return device;
    }

    private static String issue(Browser admin, String name) {
        admin.get("/admin/kiosks");
        Browser.Page issued = admin.post("/admin/kiosks", Map.of("name", name));
        assertThat(issued.location()).endsWith("/admin/kiosks");
        Matcher link = LINK.matcher(admin.get("/admin/kiosks").body());
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    private static List<String> textFields(String page) {
        return FIELD.matcher(page)
                .results()
                .map(MatchResult::group)
                .filter(field -> !field.matches("(?s).*type=\"(hidden|radio|checkbox|file|submit)\".*"))
                .toList();
    }

    private static String sessionId(Browser browser) {
        return new String(Base64.getDecoder().decode(browser.sessionCookie()), StandardCharsets.UTF_8);
    }
}
