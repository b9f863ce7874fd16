package org.reassure.reporting;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.reassure.testing.Browser;
import org.reassure.testing.ReassureTest;

import static org.assertj.core.api.Assertions.assertThat;

/** "Track my report" on the web, the public information pages, and the Welsh language throughout. */
@ReassureTest
class TrackAndInformationTest {

    @LocalServerPort
    int port;

    @Autowired
    Reports reports;

    @Test
    void the_right_reference_and_code_show_the_status_in_plain_language() {
        Reports.Receipt receipt = newReport();
        Browser browser = new Browser(port);
        browser.get("/track");
        Browser.Page opened = browser.post(
                "/track",
                Map.of(
                        "reference",
                        receipt.reference().toLowerCase().replace("-", " "),
                        "trackingCode",
                        receipt.trackingCode().replace("-", "")));
        assertThat(opened.location()).endsWith("/track/report");
        Browser.Page status = browser.get("/track/report");
        assertThat(status.body())
                .contains(
                        receipt.reference(),
                        "Received. We are reading your report.",
                        "Not given to an officer yet",
                        "We received your report.")
                .doesNotContain(receipt.trackingCode());
        browser.post("/track/close", Map.of());
        assertThat(browser.get("/track/report").location()).endsWith("/track");
    }

    @Test
    void a_wrong_code_and_an_unknown_reference_give_the_same_answer_and_keep_the_reference_typed() {
        Reports.Receipt receipt = newReport();
        Browser browser = new Browser(port);
        browser.get("/track");
        Browser.Page wrong =
                browser.post("/track", Map.of("reference", receipt.reference(), "trackingCode", "WRONG-CODE"));
        Browser.Page unknown =
                browser.post("/track", Map.of("reference", "HC26-ZZZZ-ZZZZ", "trackingCode", "WRONG-CODE"));
        String message =
                "We cannot find a report with that reference number and tracking code. Check them and try again";
        assertThat(wrong.status()).isEqualTo(unknown.status()).isEqualTo(200);
        assertThat(wrong.body())
                .contains(message, "value=\"" + receipt.reference() + "\"")
                .doesNotContain("WRONG-CODE");
        assertThat(unknown.body()).contains(message, "value=\"HC26-ZZZZ-ZZZZ\"");
    }

    @Test
    void empty_fields_are_asked_for() {
        Browser browser = new Browser(port);
        browser.get("/track");
        Browser.Page empty = browser.post("/track", Map.of());
        assertThat(empty.body())
                .contains(
                        "<a href=\"#reference\">Enter your reference number</a>",
                        "<a href=\"#trackingCode\">Enter your tracking code</a>");
    }

    @Test
    void information_pages_explain_hate_crime_what_to_expect_and_every_way_to_report() {
        Browser browser = new Browser(port);
        assertThat(browser.get("/information/hate-crime").body())
                .contains("What hate crime and hate incidents are", "transgender identity", "Hate incidents");
        assertThat(browser.get("/information/what-to-expect").body())
                .contains("within 24 hours", "Someone can speak for you", "visit you at home", "confidentially");
        assertThat(browser.get("/information/ways-to-report").body())
                .contains("999", "101", "0800 555 111", "third-party reporting centre", "href=\"/report\"");
        assertThat(browser.get("/information/nothing-here").status()).isEqualTo(404);
    }

    @Test
    void every_public_page_is_in_welsh_when_asked() {
        Browser browser = new Browser(port);
        assertThat(browser.get("/report?lang=cy").body())
                .contains("lang=\"cy\"", "Rhoi gwybod am drosedd casineb neu ddigwyddiad casineb", "Dechrau nawr");
        assertThat(browser.get("/report/who").body()).contains("Pwy sy’n rhoi gwybod?", "Digwyddodd i mi");
        Browser.Page error = browser.post("/report/who", Map.of());
        assertThat(error.body()).contains("Gwall:", "Dewiswch pwy sy’n rhoi gwybod");
        for (String page : List.of(
                "/report/why",
                "/track",
                "/information/hate-crime",
                "/information/what-to-expect",
                "/information/ways-to-report")) {
            assertThat(browser.get(page).body())
                    .as(page)
                    .contains("lang=\"cy\"")
                    .doesNotContain("??");
        }
        assertThat(browser.get("/report/why").body())
                .contains("Pam ydych chi’n meddwl y digwyddodd hyn?", "Dydw i ddim yn siŵr");
        assertThat(browser.get("/information/ways-to-report").body())
                .contains("Ffyrdd o roi gwybod am drosedd casineb");
    }

    @Test
    void the_home_page_leads_with_reporting() {
        String home = new Browser(port).get("/").body();
        assertThat(home).contains("href=\"/report\"", "Report a hate crime");
        assertThat(home.indexOf("href=\"/report\" role=\"button\""))
                .isPositive()
                .isLessThan(home.indexOf("href=\"/sign-in\" role=\"button\""));
    }

    private Reports.Receipt newReport() {
        return reports.submit(
                new NewReport(
                        "VICTIM",
                        true,
                        "Tracking test",
                        List.of("RACE"),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null),
                Reports.Channel.ONLINE);
    }
}
