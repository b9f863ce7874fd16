package org.reassure.care;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.reassure.audit.AuditAction;
import org.reassure.audit.AuditLog;
import org.reassure.identity.ApiTokens;
import org.reassure.identity.StaffAccounts;
import org.reassure.reporting.Satisfaction;
import org.reassure.reporting.VictimSatisfaction;
import org.reassure.testing.Api;
import org.reassure.testing.Browser;
import org.reassure.testing.ReassureTest;
import org.reassure.testing.TestCases;
import org.reassure.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff record a victim's satisfaction answers from a survey call once the case has finished, and see them on the case. */
@ReassureTest
class SatisfactionSurveyTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    VictimSatisfaction satisfaction;

    @Autowired
    AuditLog audit;

    @Autowired
    ApiTokens tokens;

    @Autowired
    StaffAccounts accounts;

    @Test
    void answers_are_taken_once_the_case_has_finished_checked_and_shown_on_the_case() {
        String ref = TestCases.newReport(jdbc, "HNS-CSU");
        Browser supervisor = new Browser(port).signedInAs("supervisor");
        assertThat(supervisor.get("/cases/" + ref).body())
                .contains(
                        "Victim satisfaction",
                        "The victim is asked how satisfied they are once the investigation has finished.")
                .doesNotContain("Record satisfaction answers");
        assertThat(supervisor.get("/cases/" + ref + "/satisfaction/new").body())
                .contains("once the investigation has finished")
                .doesNotContain("Save answers");
        Browser.Page early = supervisor.post(
                "/cases/" + ref + "/satisfaction/new",
                Map.of("respondent", "VICTIM", "channel", "TELEPHONE", "overall", "VERY_SATISFIED"));
        assertThat(early.location()).contains("/cases/" + ref);
        assertThat(satisfaction.of(ref)).isEmpty();

        jdbc.sql("UPDATE hate_case SET status = 'CLOSED', outcome_code = 1 WHERE reference = ?")
                .param(ref)
                .update();
        assertThat(supervisor.get("/cases/" + ref).body()).contains("Not answered yet", "Record satisfaction answers");
        Browser.Page form = supervisor.get("/cases/" + ref + "/satisfaction/new");
        assertThat(form.body())
                .contains("Who answered?", "Survey call", "In person", "Completely satisfied", "Save answers")
                .doesNotContain("Online, on Track my report");

        Browser.Page missing = supervisor.post(
                "/cases/" + ref + "/satisfaction/new",
                Map.of("channel", "ONLINE", "comments", "She said the officer listened."));
        assertThat(missing.body())
                .contains(
                        "<a href=\"#respondent\">Select who answered</a>",
                        "<a href=\"#channel\">Select how the answers were given</a>",
                        "<a href=\"#overall\">Select how satisfied the victim is with the service overall</a>",
                        "She said the officer listened.");
        assertThat(satisfaction.of(ref)).isEmpty();

        Browser.Page saved = supervisor.post(
                "/cases/" + ref + "/satisfaction/new",
                Map.of(
                        "respondent",
                        "ON_BEHALF",
                        "channel",
                        "TELEPHONE",
                        "overall",
                        "FAIRLY_DISSATISFIED",
                        "treatment",
                        "VERY_SATISFIED",
                        "comments",
                        "She said the officer listened."));
        assertThat(saved.location()).endsWith("/cases/" + ref + "#satisfaction");
        assertThat(supervisor.get("/cases/" + ref).body())
                .contains(
                        "Fairly dissatisfied",
                        "Very satisfied",
                        "She said the officer listened.",
                        "Someone answering for the victim, survey call",
                        "(recorded by supervisor)",
                        "The victim&#39;s satisfaction answers were recorded.");
        VictimSatisfaction.Answers answers = satisfaction.of(ref).orElseThrow();
        assertThat(answers.overall()).isEqualTo(Satisfaction.FAIRLY_DISSATISFIED);
        assertThat(answers.satisfied()).isFalse();
        assertThat(answers.channel()).isEqualTo(VictimSatisfaction.Channel.TELEPHONE);
        assertThat(answers.recordedBy()).isEqualTo("supervisor");
        assertThat(audit.forRecord("case", ref))
                .anySatisfy(entry -> assertThat(entry.action()).isEqualTo(AuditAction.COLLECTION));

        Browser.Page twice = supervisor.post(
                "/cases/" + ref + "/satisfaction/new",
                Map.of("respondent", "VICTIM", "channel", "TELEPHONE", "overall", "COMPLETELY_SATISFIED"));
        assertThat(twice.location()).endsWith("#satisfaction");
        assertThat(supervisor.get("/cases/" + ref).body()).contains("The answers for this case were already recorded.");
        assertThat(satisfaction.of(ref).orElseThrow().overall()).isEqualTo(Satisfaction.FAIRLY_DISSATISFIED);
    }

    @Test
    void the_staff_api_records_and_reads_the_answers_with_the_same_rules() {
        String ref = TestCases.newReport(jdbc, "HNS-CSU");
        Api api = new Api(port);
        String supervisor = Tokens.of(tokens, accounts, "supervisor");
        String analyst = Tokens.of(tokens, accounts, "analyst");
        String path = "/api/v1/cases/" + ref + "/satisfaction";
        assertThat(api.get(path, supervisor).status()).isEqualTo(404);
        String answers = "{\"overall\":\"VERY_SATISFIED\",\"respondent\":\"VICTIM\",\"channel\":\"TELEPHONE\"}";
        assertThat(api.post(path, supervisor, answers).status())
                .as("before the case has finished")
                .isEqualTo(409);
        jdbc.sql("UPDATE hate_case SET status = 'FINALISED', outcome_code = 1 WHERE reference = ?")
                .param(ref)
                .update();
        Api.Response bad = api.post(path, supervisor, "{\"overall\":\"VERY_SATISFIED\",\"channel\":\"ONLINE\"}");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body()).contains("\"field\":\"respondent\"", "\"field\":\"channel\"");
        assertThat(api.post(path, analyst, answers).status()).isEqualTo(403);
        Api.Response created = api.post(path, supervisor, answers);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body()).contains("\"recordedBy\":\"supervisor\"", "\"channel\":\"TELEPHONE\"");
        assertThat(api.get(path, supervisor).body())
                .contains("\"overall\":\"VERY_SATISFIED\"", "\"respondent\":\"VICTIM\"");
        assertThat(api.post(path, supervisor, answers).status()).isEqualTo(409);
    }

    @Test
    void supervisors_read_what_victims_told_us_in_their_units_and_can_pick_out_those_not_satisfied() {
        String hounslow = TestCases.newReport(jdbc, "HNS-CSU");
        String ealing = TestCases.newReport(jdbc, "EAL-CSU");
        for (String ref : List.of(hounslow, ealing)) {
            jdbc.sql("UPDATE hate_case SET status = 'FINALISED', outcome_code = 1 WHERE reference = ?")
                    .param(ref)
                    .update();
        }
        satisfaction.recordBySurvey(
                hounslow,
                new VictimSatisfaction.Given(
                        "VERY_DISSATISFIED", "COMPLETELY_DISSATISFIED", null, "Nobody called me back for three weeks."),
                VictimSatisfaction.Respondent.VICTIM,
                VictimSatisfaction.Channel.TELEPHONE,
                "supervisor");
        satisfaction.recordBySurvey(
                ealing,
                new VictimSatisfaction.Given("COMPLETELY_SATISFIED", null, null, "The Ealing team were kind."),
                VictimSatisfaction.Respondent.VICTIM,
                VictimSatisfaction.Channel.TELEPHONE,
                "supervisor");

        Browser supervisor = new Browser(port).signedInAs("supervisor");
        assertThat(supervisor.get("/care/my-work").body()).contains("What victims told us about the service");
        String page = supervisor.get("/care/satisfaction").body();
        assertThat(page)
                .contains(
                        "What victims told us", hounslow, "Nobody called me back for three weeks.", "Very dissatisfied")
                .as("another borough's answers")
                .doesNotContain(ealing, "The Ealing team were kind.");
        String all = new Browser(port)
                .signedInAs("analyst")
                .get("/care/satisfaction?unit=MET")
                .body();
        assertThat(all).contains(hounslow, ealing, "victims who answered were satisfied overall");
        String notSatisfied = new Browser(port)
                .signedInAs("analyst")
                .get("/care/satisfaction?unit=MET&notSatisfied=yes")
                .body();
        assertThat(notSatisfied).contains(hounslow).doesNotContain(ealing);
        Browser.Page bad = supervisor.get("/care/satisfaction?from-day=31&from-month=2&from-year=2026");
        assertThat(bad.body()).contains("There is a problem");
        assertThat(supervisor.get("/care/satisfaction?unit=EAL").status()).isEqualTo(403);
        assertThat(new Browser(port)
                        .signedInAs("investigator")
                        .get("/care/satisfaction")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void only_staff_who_contact_victims_and_see_the_case_may_record_answers() {
        String ref = TestCases.newReport(jdbc, "HNS-CSU");
        jdbc.sql("UPDATE hate_case SET status = 'FINALISED', outcome_code = 1 WHERE reference = ?")
                .param(ref)
                .update();
        Map<String, String> answers =
                Map.of("respondent", "VICTIM", "channel", "TELEPHONE", "overall", "VERY_SATISFIED");
        assertThat(new Browser(port)
                        .signedInAs("analyst")
                        .post("/cases/" + ref + "/satisfaction/new", answers)
                        .status())
                .isEqualTo(403);
        assertThat(new Browser(port)
                        .signedInAs("investigator2")
                        .post("/cases/" + ref + "/satisfaction/new", answers)
                        .status())
                .isIn(403, 404);
        assertThat(satisfaction.of(ref)).isEmpty();
    }
}
