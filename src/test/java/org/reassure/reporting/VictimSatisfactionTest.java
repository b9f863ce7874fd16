package org.reassure.reporting;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.reassure.audit.AuditAction;
import org.reassure.audit.AuditLog;
import org.reassure.platform.ConflictingState;
import org.reassure.reporting.internal.SatisfactionAnswers;
import org.reassure.testing.Api;
import org.reassure.testing.Browser;
import org.reassure.testing.ReassureTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** "Tell us how we did" on track my report: asked once the investigation has finished, answered once, in English or Welsh. */
@ReassureTest
class VictimSatisfactionTest {

    @LocalServerPort
    int port;

    @Autowired
    Reports reports;

    @Autowired
    VictimSatisfaction satisfaction;

    @Autowired
    SatisfactionAnswers survey;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    @Test
    void the_question_waits_for_the_end_of_the_investigation_keeps_what_was_typed_and_is_answered_once() {
        Reports.Receipt receipt = newReport("VICTIM");
        Browser browser = tracking(receipt);
        assertThat(browser.get("/track/report").body())
                .doesNotContain("Tell us how we did", "Taking the whole experience");
        browser.post("/track/satisfaction", Map.of("overall", "VERY_SATISFIED"));
        assertThat(satisfaction.of(receipt.reference()))
                .as("nothing is kept before the investigation has finished")
                .isEmpty();

        finish(receipt.reference());
        Browser.Page asked = browser.get("/track/report");
        assertThat(asked.body())
                .contains(
                        "Tell us how we did",
                        "The investigation has finished.",
                        "Taking the whole experience into account, how satisfied are you with the service the police gave you?",
                        "Completely satisfied",
                        "Neither satisfied nor dissatisfied",
                        "Completely dissatisfied",
                        "How satisfied are you with how well you were kept informed? (optional)",
                        "Send answers");

        Browser.Page missing = browser.post(
                "/track/satisfaction",
                Map.of("keptInformed", "VERY_DISSATISFIED", "comments", "Nobody rang me back after the first call."));
        assertThat(missing.status()).isEqualTo(200);
        assertThat(missing.body())
                .contains(
                        "<title>Error:",
                        "There is a problem",
                        "<a href=\"#overall\">Select how satisfied you are with the service overall</a>",
                        "Nobody rang me back after the first call.</textarea>",
                        "value=\"VERY_DISSATISFIED\" checked");
        Browser.Page tooLong =
                browser.post("/track/satisfaction", Map.of("overall", "NEITHER", "comments", "x".repeat(2_001)));
        assertThat(tooLong.body())
                .contains(
                        "<a href=\"#comments\">Your comments must be 2,000 characters or fewer</a>",
                        "value=\"NEITHER\" checked");
        assertThat(satisfaction.of(receipt.reference())).isEmpty();

        Browser.Page sent = browser.post(
                "/track/satisfaction",
                Map.of(
                        "overall",
                        "FAIRLY_SATISFIED",
                        "keptInformed",
                        "VERY_DISSATISFIED",
                        "comments",
                        "Nobody rang me back after the first call."));
        assertThat(sent.location()).endsWith("/track/report#satisfaction");
        Browser.Page thanked = browser.get("/track/report");
        assertThat(thanked.body())
                .contains("Thank you for telling us how we did.", "Your answer: Fairly satisfied.")
                .doesNotContain("Send answers");
        VictimSatisfaction.Answers answers =
                satisfaction.of(receipt.reference()).orElseThrow();
        assertThat(answers.overall()).isEqualTo(Satisfaction.FAIRLY_SATISFIED);
        assertThat(answers.satisfied()).isTrue();
        assertThat(answers.keptInformed()).isEqualTo(Satisfaction.VERY_DISSATISFIED);
        assertThat(answers.treatment()).isNull();
        assertThat(answers.comments()).isEqualTo("Nobody rang me back after the first call.");
        assertThat(answers.respondent()).isEqualTo(VictimSatisfaction.Respondent.VICTIM);
        assertThat(answers.channel()).isEqualTo(VictimSatisfaction.Channel.ONLINE);
        assertThat(answers.recordedBy()).isNull();

        Browser.Page again = browser.post("/track/satisfaction", Map.of("overall", "COMPLETELY_DISSATISFIED"));
        assertThat(again.location()).endsWith("/track/report#satisfaction");
        assertThat(satisfaction.of(receipt.reference()).orElseThrow().overall())
                .as("the first answers stand")
                .isEqualTo(Satisfaction.FAIRLY_SATISFIED);
        assertThat(audit.forRecord("satisfaction", receipt.reference()))
                .anySatisfy(entry -> assertThat(entry.action()).isEqualTo(AuditAction.COLLECTION));
        Eventually.await(
                "the case history to note the answers",
                () -> jdbc.sql("""
                SELECT count(*) FROM case_history h JOIN hate_case c ON c.id = h.case_id
                WHERE c.reference = ? AND h.what = 'Victim satisfaction answers given online'""").param(receipt.reference()).query(Long.class).single() == 1);
    }

    @Test
    void the_questions_and_their_errors_are_in_welsh_when_asked() {
        Reports.Receipt receipt = newReport("VICTIM");
        finish(receipt.reference());
        Browser browser = new Browser(port);
        browser.get("/track?lang=cy");
        browser.post("/track", Map.of("reference", receipt.reference(), "trackingCode", receipt.trackingCode()));
        Browser.Page asked = browser.get("/track/report");
        assertThat(asked.body())
                .contains(
                        "lang=\"cy\"",
                        "Dywedwch wrthym sut wnaethon ni",
                        "Gan ystyried y profiad cyfan, pa mor fodlon ydych chi gyda’r gwasanaeth a gawsoch gan yr heddlu?",
                        "Cwbl fodlon",
                        "Anfon atebion")
                .doesNotContain("??");
        Browser.Page missing = browser.post("/track/satisfaction", Map.of());
        assertThat(missing.body()).contains("Dewiswch pa mor fodlon ydych chi gyda’r gwasanaeth yn gyffredinol");
        browser.post("/track/satisfaction", Map.of("overall", "VERY_SATISFIED"));
        assertThat(browser.get("/track/report").body())
                .contains("Diolch am ddweud wrthym sut wnaethon ni.", "Eich ateb: Bodlon iawn.");
    }

    @Test
    void a_witness_answers_as_a_witness_not_for_the_victim() {
        Reports.Receipt receipt = newReport("WITNESS");
        finish(receipt.reference());
        VictimSatisfaction.Answers answers = survey.giveOnline(
                receipt.reference(), new VictimSatisfaction.Given("COMPLETELY_SATISFIED", null, "", null));
        assertThat(answers.respondent()).isEqualTo(VictimSatisfaction.Respondent.WITNESS);
        assertThat(answers.respondent().speaksForVictim()).isFalse();
        assertThatThrownBy(() -> survey.giveOnline(
                        receipt.reference(), new VictimSatisfaction.Given("NEITHER", null, null, null)))
                .isInstanceOf(ConflictingState.class);
    }

    @Test
    void the_public_api_asks_once_finished_takes_the_answers_once_and_names_each_bad_field() {
        Reports.Receipt receipt = newReport("VICTIM");
        Api api = new Api(port);
        String path = "/api/v1/reports/" + receipt.reference();
        assertThat(api.get(path, null, "X-Tracking-Code", receipt.trackingCode())
                        .body())
                .contains("\"satisfactionAsked\":false", "\"satisfaction\":null");
        Api.Response early = api.post(
                path + "/satisfaction",
                null,
                "{\"overall\":\"VERY_SATISFIED\"}",
                "X-Tracking-Code",
                receipt.trackingCode());
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.contentType()).startsWith("application/problem+json");
        assertThat(early.body()).contains("once the investigation has finished");

        finish(receipt.reference());
        assertThat(api.get(path, null, "X-Tracking-Code", receipt.trackingCode())
                        .body())
                .contains("\"satisfactionAsked\":true");
        Api.Response bad = api.post(
                path + "/satisfaction",
                null,
                "{\"overall\":\"DELIGHTED\",\"treatment\":\"SO_SO\"}",
                "X-Tracking-Code",
                receipt.trackingCode());
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body()).contains("\"field\":\"overall\"", "\"field\":\"treatment\"");
        assertThat(api.post(
                                path + "/satisfaction",
                                null,
                                "{\"overall\":\"NEITHER\"}",
                                "X-Tracking-Code",
                                "NOT-THE-CODE")
                        .status())
                .isEqualTo(404);
        Api.Response kept = api.post(
                path + "/satisfaction",
                null,
                "{\"overall\":\"VERY_SATISFIED\",\"keptInformed\":\"FAIRLY_SATISFIED\"}",
                "X-Tracking-Code",
                receipt.trackingCode());
        assertThat(kept.status()).isEqualTo(201);
        assertThat(kept.body()).contains("\"overall\":\"VERY_SATISFIED\"", "\"keptInformed\":\"FAIRLY_SATISFIED\"");
        assertThat(api.post(
                                path + "/satisfaction",
                                null,
                                "{\"overall\":\"NEITHER\"}",
                                "X-Tracking-Code",
                                receipt.trackingCode())
                        .status())
                .isEqualTo(409);
        assertThat(api.get(path, null, "X-Tracking-Code", receipt.trackingCode())
                        .body())
                .contains("\"satisfactionAsked\":false", "\"overall\":\"VERY_SATISFIED\"");
    }

    @Test
    void the_demo_report_in_the_readme_has_finished_and_asks_how_we_did() {
        Browser browser = new Browser(port);
        browser.get("/track");
        browser.post("/track", Map.of("reference", DemoTracking.REFERENCE, "trackingCode", DemoTracking.TRACKING_CODE));
        Browser.Page page = browser.get("/track/report");
        assertThat(page.body())
                .contains(
                        DemoTracking.REFERENCE,
                        "Investigation finished.",
                        "Daniel Okafor",
                        "has been charged",
                        "Tell us how we did");
    }

    private Reports.Receipt newReport(String role) {
        Reports.Receipt receipt = reports.submit(
                new NewReport(
                        role,
                        true,
                        "Satisfaction test",
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
        Eventually.await(
                "the case",
                () -> jdbc.sql("SELECT count(*) FROM hate_case WHERE reference = ?")
                                .param(receipt.reference())
                                .query(Long.class)
                                .single()
                        == 1);
        return receipt;
    }

    /** The investigation finishes (case work's own steps are tested with case work). */
    private void finish(String reference) {
        jdbc.sql("UPDATE hate_case SET status = 'FINALISED', outcome_code = 1 WHERE reference = ?")
                .param(reference)
                .update();
    }

    private Browser tracking(Reports.Receipt receipt) {
        Browser browser = new Browser(port);
        browser.get("/track");
        browser.post("/track", Map.of("reference", receipt.reference(), "trackingCode", receipt.trackingCode()));
        return browser;
    }
}
