package org.reassure.care;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.reassure.care.internal.SafeContactTimes;
import org.reassure.identity.ApiTokens;
import org.reassure.identity.StaffAccounts;
import org.reassure.platform.Formats;
import org.reassure.reporting.ContactWishes;
import org.reassure.testing.Api;
import org.reassure.testing.Browser;
import org.reassure.testing.ReassureTest;
import org.reassure.testing.TestCases;
import org.reassure.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Safe contact times as data (issue 15): given in a report, checked, carried to the case, shown beside the clocks, and
 * asking for a reason when a call or visit is recorded outside them.
 */
@ReassureTest
@RecordApplicationEvents
class SafeContactTimesTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiTokens tokens;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    JsonMapper json;

    @Autowired
    SafeContactTimes safeContactTimes;

    @Autowired
    ApplicationEvents events;

    Api api;
    String supervisor;

    @BeforeEach
    void tokens() {
        api = new Api(port);
        supervisor = Tokens.of(tokens, accounts, "supervisor");
    }

    private static String report(String reporterExtras) {
        return """
                {"reporterRole":"VICTIM","anonymous":false,"description":"A neighbour shouts abuse at me through the door.",
                 "perceivedHostility":["RACE"],"location":{"postcode":"TW3 1AB"},
                 "reporter":{"name":"Test Person","phone":"07700 900 982","preferredContact":"PHONE"%s},
                 "consent":{"contact":true,"referral":false}}""".formatted(reporterExtras);
    }

    @Test
    void windows_that_name_no_day_end_before_they_start_or_overlap_are_a_422_naming_each_field() {
        Api.Response response = api.invalid().post("/api/v1/reports", null, report("""
                ,"safeWindows":[{"days":[],"from":"09:00","to":"17:00"},
                                {"days":["MONDAY"],"from":"18:00","to":"17:30"},
                                {"days":["MONDAY","TUESDAY"],"from":"09:00","to":"12:00"},
                                {"days":["TUESDAY"],"from":"11:00","to":"13:00"},
                                {"days":["FRIDAY"],"from":"teatime","to":"20:00"}],
                 "allowedChannels":["PHONE","PIGEON"]"""));
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body())
                .contains(
                        "\"field\":\"reporter.safeWindows[0].days\"",
                        "Select at least one day for safe time 1",
                        "\"field\":\"reporter.safeWindows[1].to\"",
                        "The end of safe time 2 must be after its start",
                        "\"field\":\"reporter.safeWindows[3].from\"",
                        "Safe time 4 overlaps safe time 3 on the same day",
                        "\"field\":\"reporter.safeWindows[4].from\"",
                        "Enter the start of safe time 5 as a time",
                        "\"field\":\"reporter.allowedChannels\"");
    }

    @Test
    void a_reports_windows_reach_the_case_and_a_deadline_outside_them_shows_the_first_safe_time() {
        // Half an hour, four days from now: the 24-hour first contact clock cannot fall inside it.
        DayOfWeek day = ZonedDateTime.now(Formats.UK).plusDays(4).getDayOfWeek();
        Api.Response created = api.post("/api/v1/reports", null, report("""
                ,"safeWindows":[{"days":["%s"],"from":"10:00","to":"10:30"}],
                 "allowedChannels":["PHONE","MESSAGE"],"leaveMessage":false,
                 "safeTimes":"Not when my brother is at home"
                """.formatted(day)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String ref = json.readTree(created.body()).get("reference").asString();
        assertThat(jdbc.sql("""
                SELECT array_to_string(w.days, ',') || ' ' || w.from_time || '-' || w.to_time
                FROM report_safe_window w JOIN report r ON r.id = w.report_id WHERE r.reference = ?""").param(ref).query(String.class).list()).containsExactly(day + " 10:00:00-10:30:00");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.sql("SELECT count(*) FROM hate_case WHERE reference = ?")
                                .param(ref)
                                .query(Long.class)
                                .single()
                        == 1);
        Api.Response recorded = api.post(
                "/api/v1/cases/" + ref + "/recording",
                supervisor,
                "{\"classification\": \"CRIME\", \"offence\": \"RA_HAD\", \"strands\": [\"RACE\"], \"reason\": \"Racist abuse at home\"}");
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        api.get("/api/v1/tasks?case=" + ref, supervisor).body().contains("FIRST_CONTACT"));

        JsonNode firstContact = null;
        for (JsonNode task :
                json.readTree(api.get("/api/v1/tasks?case=" + ref, supervisor).body())) {
            if (task.get("kind").asString().equals("FIRST_CONTACT")) {
                firstContact = task;
            }
        }
        assertThat(firstContact).isNotNull();
        Instant dueAt = Instant.parse(firstContact.get("dueAt").asString());
        Instant expected = new SafeWindows(
                        List.of(new ContactWishes.Window(Set.of(day), LocalTime.of(10, 0), LocalTime.of(10, 30))))
                .firstSafeAt(dueAt);
        assertThat(expected).isNotNull().isAfter(dueAt);
        assertThat(Instant.parse(firstContact.get("firstSafeAt").asString()))
                .as("the task names the first safe time; its clock still runs to dueAt")
                .isEqualTo(expected);
        assertThat(firstContact.get("status").asString()).isEqualTo("OPEN");

        Browser browser = new Browser(port).signedInAs("supervisor");
        String page = browser.get("/cases/" + ref).body();
        assertThat(page)
                .contains(
                        "When it is safe to contact the victim",
                        "Due at the first safe time",
                        "Rule deadline",
                        "Safe to contact: next",
                        "10:00am to 10:30am",
                        "Do not leave a message",
                        "Secure messages on Track my report",
                        "Not when my brother is at home");
    }

    @Test
    void a_call_or_visit_outside_the_safe_times_needs_a_reason_which_the_case_keeps() {
        String ref = TestCases.newReport(jdbc, "HNS");
        // A ten-minute window around a moment since the report (received two hours ago), away from midnight.
        Instant inside = Instant.now().minus(30, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MINUTES);
        LocalTime local = inside.atZone(Formats.UK).toLocalTime();
        if (local.isBefore(LocalTime.of(0, 15)) || local.isAfter(LocalTime.of(23, 45))) {
            inside = inside.minus(50, ChronoUnit.MINUTES);
            local = inside.atZone(Formats.UK).toLocalTime();
        }
        Instant outside = inside.minus(20, ChronoUnit.MINUTES);
        ContactWishes.Window window = new ContactWishes.Window(
                Set.of(inside.atZone(Formats.UK).getDayOfWeek()), local.minusMinutes(5), local.plusMinutes(5));
        jdbc.sql("""
                INSERT INTO care_contact_wishes (case_reference, safe_windows, allowed_channels, leave_message, given_at)
                VALUES (?, ?, '{PHONE}', false, ?)""")
                .params(ref, new String[] {SafeWindows.encode(window)}, Timestamp.from(Instant.now()))
                .update();
        String contacts = "/api/v1/cases/" + ref + "/contacts";

        Api.Response refused = api.post(
                contacts,
                supervisor,
                "{\"kind\": \"FIRST_CONTACT\", \"channel\": \"PHONE\", \"outcome\": \"NO_ANSWER\", \"at\": \"" + outside
                        + "\"}");
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body())
                .contains(
                        "\"field\":\"outsideSafeTimesReason\"",
                        "outside the times the victim said are safe for contact (phone)");
        assertThat(api.post(
                                contacts,
                                supervisor,
                                "{\"kind\": \"FIRST_CONTACT\", \"channel\": \"EMAIL\", \"outcome\": \"NO_ANSWER\", \"at\": \""
                                        + outside + "\"}")
                        .status())
                .as("an email does not ring at the wrong moment")
                .isEqualTo(201);
        assertThat(api.post(
                                contacts,
                                supervisor,
                                "{\"kind\": \"FIRST_CONTACT\", \"channel\": \"PHONE\", \"outcome\": \"NO_ANSWER\", \"at\": \""
                                        + inside + "\"}")
                        .status())
                .as("a call inside the window needs no reason")
                .isEqualTo(201);
        Api.Response withReason = api.post(
                contacts,
                supervisor,
                "{\"kind\": \"FIRST_CONTACT\", \"channel\": \"PHONE\", \"outcome\": \"MADE\", \"at\": \"" + outside
                        + "\", \"outsideSafeTimesReason\": \"The victim called us and asked us to ring straight back\"}");
        assertThat(withReason.status()).as(withReason.body()).isEqualTo(201);
        assertThat(withReason.body())
                .contains("\"outsideSafeTimesReason\":\"The victim called us and asked us to ring straight back\"");

        Browser browser = new Browser(port).signedInAs("supervisor");
        assertThat(browser.get("/cases/" + ref).body())
                .contains("Outside the safe times: The victim called us and asked us to ring straight back");

        ZonedDateTime then = outside.atZone(Formats.UK);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("kind", "UPDATE");
        form.put("channel", "IN_PERSON");
        form.put("outcome", "MADE");
        form.put("at-day", String.valueOf(then.getDayOfMonth()));
        form.put("at-month", String.valueOf(then.getMonthValue()));
        form.put("at-year", String.valueOf(then.getYear()));
        form.put("time", then.toLocalTime().toString());
        form.put("note", "Visited to give a crime reference letter");
        browser.get("/cases/" + ref + "/contacts/new");
        Browser.Page page = browser.post("/cases/" + ref + "/contacts/new", form);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "There is a problem",
                        "href=\"#outsideSafeTimesReason\"",
                        "outside the times the victim said are safe for contact (in person)",
                        "The victim said it is safe to call or visit them at these times",
                        "Visited to give a crime reference letter");
        form.put("outsideSafeTimesReason", "Their support worker arranged the visit");
        Browser.Page saved = browser.post("/cases/" + ref + "/contacts/new", form);
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(browser.get("/cases/" + ref).body())
                .contains("Outside the safe times: Their support worker arranged the visit");
    }

    @Test
    void the_demo_has_a_case_whose_next_deadline_falls_outside_the_victims_safe_times_and_reports_that_carry_them() {
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        jdbc.sql("SELECT count(*) FROM care_contact_wishes WHERE note LIKE 'Do not leave a message%'")
                                        .query(Long.class)
                                        .single()
                                > 0);
        String ref = jdbc.sql(
                        "SELECT case_reference FROM care_contact_wishes WHERE note LIKE 'Do not leave a message%'")
                .query(String.class)
                .single();
        SafeWindows windows = SafeWindows.decode(
                jdbc.sql("SELECT unnest(safe_windows) FROM care_contact_wishes WHERE case_reference = ?")
                        .param(ref)
                        .query(String.class)
                        .list());
        List<Instant> due = jdbc
                // Every deadline the case has had: other tests may since have done or closed the one that was next.
                .sql("SELECT due_at FROM care_task WHERE case_reference = ?")
                .param(ref)
                .query(Timestamp.class)
                .list()
                .stream()
                .map(Timestamp::toInstant)
                .toList();
        assertThat(due).anyMatch(at -> windows.firstSafeAt(at) != null);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM report_safe_window w JOIN report_person p ON p.report_id = w.report_id AND p.role = w.role
                WHERE p.name = 'Amara Okoye' AND w.from_time = '18:00'""").query(Long.class).single()).isPositive();
    }

    @Test
    void staff_change_the_safe_times_with_the_victim_dated_and_attributed_and_bad_windows_are_explained() {
        String ref = TestCases.newReport(jdbc, "HNS");
        jdbc.sql("""
                INSERT INTO care_contact_wishes (case_reference, safe_windows, allowed_channels, leave_message, note, given_at)
                VALUES (?, '{"SATURDAY 10:00-12:00"}', '{EMAIL}', true, 'Weekends only', ?)""")
                .params(ref, Timestamp.from(Instant.now().minus(Duration.ofHours(2))))
                .update();
        Browser browser = new Browser(port).signedInAs("supervisor");
        String path = "/cases/" + ref + "/safe-times";
        assertThat(browser.get(path).body())
                .contains("Change when it is safe to contact the victim", "value=\"10:00\"", "Weekends only")
                .containsPattern("name=\"days1\" value=\"SATURDAY\"\\s+checked");

        Map<String, String> form = new LinkedHashMap<>();
        form.put("days1", "MONDAY,TUESDAY");
        form.put("from1", "18:00");
        form.put("to1", "20:00");
        form.put("days2", "TUESDAY");
        form.put("from2", "19:00");
        form.put("to2", "21:00");
        form.put("allowedChannels", "PHONE");
        form.put("leaveMessage", "NO");
        form.put("note", "New job with day shifts");
        Browser.Page refused = browser.post(path, form);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body())
                .contains(
                        "href=\"#from2\"",
                        "Safe time 2 overlaps safe time 1 on the same day",
                        "href=\"#reason\"",
                        "Say why the safe times changed",
                        "value=\"19:00\"",
                        "New job with day shifts");

        form.put("days2", "SATURDAY");
        form.put("reason", "The victim started a new job with day shifts");
        Browser.Page saved = browser.post(path, form);
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(browser.get("/cases/" + ref).body())
                .contains(
                        "Monday, Tuesday: 6:00pm to 8:00pm",
                        "Saturday: 7:00pm to 9:00pm",
                        "Changed by supervisor",
                        "The victim started a new job with day shifts",
                        "Do not leave a message");
        assertThat(jdbc.sql("SELECT count(*) FROM care_contact_wishes WHERE case_reference = ?")
                        .param(ref)
                        .query(Long.class)
                        .single())
                .as("the earlier wishes are kept")
                .isEqualTo(2);
    }

    @Test
    void staff_record_that_the_victim_withdrew_their_agreement_to_be_contacted_with_a_reason_and_the_case_says_so() {
        String ref = TestCases.newReport(jdbc, "HNS");
        Browser browser = new Browser(port).signedInAs("supervisor");
        String path = "/cases/" + ref + "/safe-times";
        assertThat(browser.get(path).body()).contains("Does the victim agree to be contacted?", "No, they withdrew it");

        Map<String, String> form = new LinkedHashMap<>();
        form.put("allowedChannels", "PHONE");
        form.put("note", "Asked us to stop writing to her");
        form.put("contactConsent", "NO");
        Browser.Page refused = browser.post(path, form);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body())
                .contains(
                        "There is a problem",
                        "href=\"#reason\"",
                        "agreement to be contacted changed, in 500 characters or fewer",
                        "Asked us to stop writing to her")
                .containsPattern("name=\"contactConsent\" value=\"NO\"\\s+checked");
        assertThat(consentRows(ref)).isZero();

        form.put("reason", "She phoned to say she wants no more contact from the police");
        Browser.Page saved = browser.post(path, form);
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        String today = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(LocalDate.now(Formats.UK));
        assertThat(browser.get("/cases/" + ref).body())
                .contains(
                        "The victim withdrew their agreement to be contacted on " + today,
                        "No, withdrawn on " + today,
                        "She phoned to say she wants no more contact from the police");
        assertThat(jdbc.sql("SELECT contact_consent FROM care_contact_wishes_v WHERE case_reference = ?")
                        .param(ref)
                        .query(Boolean.class)
                        .single())
                .isFalse();
        assertThat(browser.get(path).body()).containsPattern("name=\"contactConsent\" value=\"NO\"\\s+checked");

        form.put("contactConsent", "YES");
        form.put("reason", "She called back: updates by phone are fine again");
        assertThat(browser.post(path, form).status()).isEqualTo(302);
        assertThat(browser.get("/cases/" + ref).body())
                .contains("Yes, recorded on " + today)
                .doesNotContain("The victim withdrew their agreement to be contacted");
    }

    @Test
    void a_change_of_consent_to_contact_publishes_contact_consent_changed_once_and_a_safe_times_change_keeps_it() {
        String ref = TestCases.newReport(jdbc, "HNS");
        ContactWishes wishes = new ContactWishes(List.of(), List.of("PHONE"), null, null);
        safeContactTimes.change(ref, wishes, "supervisor", "The victim asked us to stop", false);
        safeContactTimes.change(ref, wishes, "supervisor", "Still no contact", false);
        safeContactTimes.change(ref, wishes, "supervisor", "New phone number", null);
        assertThat(safeContactTimes.current(ref).orElseThrow().contactConsent())
                .as("a change of safe times keeps the answer")
                .isFalse();
        assertThat(events.stream(ContactConsentChanged.class)
                        .filter(e -> e.caseReference().equals(ref)))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.consent()).isFalse();
                    assertThat(event.recordedBy()).isEqualTo("supervisor");
                    assertThat(event.at()).isNotNull();
                });
        safeContactTimes.change(ref, wishes, "investigator", "She agreed again", true);
        assertThat(events.stream(ContactConsentChanged.class)
                        .filter(e -> e.caseReference().equals(ref)))
                .extracting(ContactConsentChanged::consent)
                .containsExactly(false, true);
    }

    private long consentRows(String reference) {
        return jdbc.sql(
                        "SELECT count(*) FROM care_contact_wishes WHERE case_reference = ? AND contact_consent IS NOT NULL")
                .param(reference)
                .query(Long.class)
                .single();
    }
}
