package org.reassure.reporting;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.reassure.testing.Browser;
import org.reassure.testing.ReassureTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reassure.reporting.JourneySteps.answerUpToContactChoice;
import static org.reassure.reporting.JourneySteps.send;
import static org.reassure.reporting.JourneySteps.step;

/** The days and times when it is safe to contact the reporter, asked on the journey's contact page without JavaScript. */
@ReassureTest
class SafeTimesJourneyTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void bad_safe_times_are_explained_at_each_field_and_nothing_typed_is_lost_then_the_times_reach_the_report() {
        Browser browser = atSafeContact();
        Browser.Page empty = browser.get("/report/safe-contact");
        assertThat(empty.body())
                .contains(
                        "Safe time 1",
                        "Safe time 3",
                        "name=\"days1\" value=\"MONDAY\"",
                        "id=\"from2\"",
                        "By secure message on Track my report");

        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("from1", "18:00");
        bad.put("to1", "20:00");
        bad.put("days2", "MONDAY");
        bad.put("from2", "8pm");
        bad.put("to2", "7pm");
        bad.put("days3", "SATURDAY,SUNDAY");
        bad.put("from3", "10:00");
        bad.put("to3", "12:00");
        bad.put("safeTimes", "Not when my partner is at home");
        Browser.Page refused = browser.post("/report/safe-contact", bad);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body())
                .contains(
                        "There is a problem",
                        "href=\"#days1\"",
                        "Select at least one day for safe time 1",
                        "href=\"#to2\"",
                        "The end of safe time 2 must be after its start",
                        "govuk-form-group--error",
                        "value=\"18:00\"",
                        "value=\"8pm\"",
                        "value=\"7pm\"",
                        "value=\"Not when my partner is at home\"")
                .containsPattern("id=\"days2\" name=\"days2\" value=\"MONDAY\"\\s+checked")
                .containsPattern("name=\"days3\" value=\"SUNDAY\"\\s+checked");

        Map<String, String> overlapping = new LinkedHashMap<>(bad);
        overlapping.put("days1", "SATURDAY");
        overlapping.put("from2", "7pm");
        overlapping.put("to2", "8pm");
        overlapping.put("from3", "7pm");
        overlapping.put("to3", "9pm");
        overlapping.put("days3", "MONDAY");
        Browser.Page overlaps = browser.post("/report/safe-contact", overlapping);
        assertThat(overlaps.body()).contains("href=\"#from3\"", "Safe time 3 overlaps safe time 2 on the same day");

        Map<String, String> good = new LinkedHashMap<>();
        good.put("days1", "MONDAY,TUESDAY,WEDNESDAY");
        good.put("from1", "6pm");
        good.put("to1", "8.30pm");
        good.put("days3", "SATURDAY");
        good.put("from3", "10:00");
        good.put("to3", "12:00");
        good.put("allowedChannels", "PHONE,MESSAGE");
        good.put("leaveMessage", "NO");
        good.put("safeTimes", "Not when my partner is at home");
        step(browser, "safe-contact", good, "language-and-support");
        step(browser, "language-and-support", Map.of(), "consent");
        step(browser, "consent", Map.of("consent", "CONTACT"), "check");
        Browser.Page check = browser.get("/report/check");
        assertThat(check.body())
                .contains(
                        "Safe days and times",
                        "Monday, Tuesday, Wednesday: 6pm to 8.30pm",
                        "Saturday: 10:00 to 12:00",
                        "By phone, By secure message on Track my report",
                        "Not when my partner is at home");
        String reference = send(browser, check);
        assertThat(jdbc.sql("""
                SELECT array_to_string(w.days, ',') || ' ' || w.from_time || '-' || w.to_time
                FROM report_safe_window w JOIN report r ON r.id = w.report_id WHERE r.reference = ? ORDER BY w.position""").param(reference).query(String.class).list())
                .containsExactly("MONDAY,TUESDAY,WEDNESDAY 18:00:00-20:30:00", "SATURDAY 10:00:00-12:00:00");
        assertThat(jdbc.sql("""
                SELECT array_to_string(p.allowed_channels, ',') FROM report_person p JOIN report r ON r.id = p.report_id
                WHERE r.reference = ?""").param(reference).query(String.class).single()).isEqualTo("PHONE,MESSAGE");
    }

    /** A victim who gave a phone number, at the safe contact page. */
    private Browser atSafeContact() {
        Browser browser = new Browser(port);
        answerUpToContactChoice(browser, "VICTIM", "TW3 1AB");
        step(browser, "contact-choice", Map.of("giveDetails", "YES"), "about-you");
        step(browser, "about-you", Map.of("name", "Sam Example"), "contact");
        step(browser, "contact", Map.of("phone", "07700 900 111", "preferredContact", "PHONE"), "safe-contact");
        return browser;
    }

    @Test
    void the_page_is_in_welsh_too() {
        Browser browser = atSafeContact();
        assertThat(browser.get("/report/safe-contact?lang=cy").body())
                .contains("Amser diogel 1", "Dydd Llun", "Drwy neges ddiogel ar Dilyn fy adroddiad");
    }
}
