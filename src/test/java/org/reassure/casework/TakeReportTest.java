package org.reassure.casework;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.reassure.testing.Browser;
import org.reassure.testing.ReassureTest;

import static org.assertj.core.api.Assertions.assertThat;

/** A call handler takes a report by phone: the same checks and routing as online, and it reaches triage as a case. */
@ReassureTest
class TakeReportTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_report_taken_by_phone_is_routed_and_waits_in_triage_with_who_took_it() throws Exception {
        Browser handler = new Browser(port).signedInAs("callhandler");
        handler.get("/cases/new");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("channel", "PHONE");
        form.put("reporterRole", "VICTIM");
        form.put(
                "description",
                "Caller says a neighbour left a note calling her a cripple and telling her to move out.");
        form.put("perceivedHostility", "DISABILITY");
        form.put("hostilityReason", "Because she uses a wheelchair");
        form.put("postcode", "W5 2NT");
        form.put("name", "Eleanor Price");
        form.put("phone", "07700 900456");
        form.put("consentContact", "yes");
        form.put("consentReferral", "no");
        Browser.Page saved = handler.post("/cases/new", form);
        assertThat(saved.location()).endsWith("/cases/new/taken");
        String page = handler.get("/cases/new/taken").body();
        assertThat(page).contains("Report saved", "Give the person their tracking code");
        Matcher reference = Pattern.compile("HC\\d{2}-[2-9A-Z]{4}-[2-9A-Z]{4}").matcher(page);
        assertThat(reference.find()).isTrue();
        assertThat(handler.get("/cases/new/taken").location())
                .as("the code is shown once")
                .endsWith("/cases/triage");

        String channel = await(reference.group());
        assertThat(channel).isEqualTo("PHONE");
        assertThat(jdbc.sql("SELECT entered_by FROM report WHERE reference = ?")
                        .param(reference.group())
                        .query(String.class)
                        .single())
                .isEqualTo("callhandler");
        assertThat(jdbc.sql("SELECT u.code FROM hate_case c JOIN unit u ON u.id = c.unit_id WHERE c.reference = ?")
                        .param(reference.group())
                        .query(String.class)
                        .single())
                .isEqualTo("EAL");
        // The first contact's clock runs from the call, before anyone triages the report.
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.sql(
                                        "SELECT count(*) FROM care_first_contact_v WHERE case_reference = ? AND kind = 'FIRST_CONTACT' AND status = 'OPEN'")
                                .param(reference.group())
                                .query(Long.class)
                                .single()
                        == 1);
        assertThat(handler.get("/cases/triage").body()).contains(reference.group(), "Phone", "23 hours left");
        assertThat(handler.get("/cases/" + reference.group()).body()).contains("Eleanor Price", "Disability");
    }

    @Test
    void a_report_with_mistakes_is_shown_again_with_every_problem_and_nothing_lost() {
        Browser handler = new Browser(port).signedInAs("callhandler");
        handler.get("/cases/new");
        Browser.Page page = handler.post(
                "/cases/new",
                Map.of("description", "Words the caller used", "email", "not-an-email", "postcode", "NOT A POSTCODE"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "There is a problem",
                        "href=\"#channel\"",
                        "href=\"#reporterRole\"",
                        "href=\"#perceivedHostility\"",
                        "Words the caller used",
                        "value=\"not-an-email\"");
    }

    @Test
    void an_analyst_does_not_take_reports() {
        assertThat(new Browser(port).signedInAs("analyst").get("/cases/new").status())
                .isEqualTo(403);
    }

    private String await(String reference) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            String channel = jdbc.sql("SELECT channel FROM hate_case WHERE reference = ?")
                    .param(reference)
                    .query(String.class)
                    .optional()
                    .orElse(null);
            if (channel != null) {
                return channel;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No case for " + reference + " within 20 s");
    }
}
