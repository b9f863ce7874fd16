package org.reassure.care;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import org.reassure.care.internal.Statement;
import org.reassure.care.internal.Statements;
import org.reassure.identity.StaffAccounts;
import org.reassure.platform.Formats;
import org.reassure.platform.InvalidInput;
import org.reassure.testing.Browser;
import org.reassure.testing.Principals;
import org.reassure.testing.ReassureTest;
import org.reassure.testing.TestCases;
import org.reassure.testing.Texts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Victim Personal and Community Impact Statements as versions: a new version never overwrites the old. */
@ReassureTest
class StatementsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Statements statements;

    @Autowired
    StaffAccounts accounts;

    @Test
    void a_second_version_of_a_personal_statement_keeps_the_first_with_who_took_it_when_and_the_victims_choice() {
        String ref = TestCases.newReport(jdbc, "HNS-CSU");
        Browser browser = new Browser(port).signedInAs("investigator");
        assertThat(browser.get("/cases/" + ref).body())
                .contains("Victim Personal Statement", "Community Impact Statement", "None taken yet");
        Browser.Page blank = browser.get("/cases/" + ref + "/statements/new?kind=VICTIM_PERSONAL");
        assertThat(blank.body()).contains("Take a statement", "Who took the statement?");

        Map<String, String> form = new LinkedHashMap<>();
        form.put("kind", "VICTIM_PERSONAL");
        form.put("takenBy", "PC Jordan Reid");
        LocalDate today = LocalDate.now(Formats.UK);
        Browser.Page errors = browser.post("/cases/" + ref + "/statements/new", form);
        assertThat(errors.status()).isEqualTo(200);
        assertThat(errors.body())
                .contains(
                        "There is a problem",
                        "Enter the statement in the words it was given",
                        "Enter the date the statement was taken",
                        "Select what the victim wants done with their statement",
                        "href=\"#body\"",
                        "PC Jordan Reid");

        form.put("body", "Since the attack I do not take the bus to work.");
        form.put("takenOn-day", String.valueOf(today.getDayOfMonth()));
        form.put("takenOn-month", String.valueOf(today.getMonthValue()));
        form.put("takenOn-year", String.valueOf(today.getYear()));
        form.put("readAloud", "READ_FOR_VICTIM");
        assertThat(browser.post("/cases/" + ref + "/statements/new", form).status())
                .isEqualTo(302);
        assertThat(browser.get("/cases/" + ref).body()).contains("Victim Personal Statement version 1 saved");
        assertThat(browser.get("/cases/" + ref + "/statements/new?kind=VICTIM_PERSONAL")
                        .body())
                .as("a new version starts from the last words")
                .contains("Since the attack I do not take the bus to work.");
        form.put(
                "body",
                "Since the attack I do not take the bus to work. My children are now afraid to walk to school.");
        form.put("readAloud", "VICTIM_READS");
        assertThat(browser.post("/cases/" + ref + "/statements/new", form).status())
                .isEqualTo(302);

        String page = browser.get("/cases/" + ref).body();
        assertThat(page)
                .contains(
                        "Victim Personal Statement version 2 saved",
                        "Version 2, taken",
                        "by PC Jordan Reid",
                        "My children are now afraid to walk to school.",
                        "The victim wants to read it aloud",
                        "Earlier versions (1)",
                        "The victim wants someone to read it aloud for them",
                        "Add a new version");
        var versions = statements.forCase(Principals.of(accounts, "investigator"), ref);
        assertThat(versions).extracting(Statement::version).containsExactly(2, 1);
        assertThat(versions.get(1).body()).isEqualTo("Since the attack I do not take the bus to work.");
        assertThat(versions.get(1).recordedBy()).isEqualTo("investigator");
        assertThatThrownBy(() -> jdbc.sql("UPDATE care_statement SET body = 'changed' WHERE case_reference = ?")
                        .param(ref)
                        .update())
                .as("the database refuses to change a version")
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void a_community_impact_statement_needs_no_read_aloud_choice_and_a_future_date_is_refused() {
        String ref = TestCases.newReport(jdbc, "HNS-CSU");
        var officer = Principals.of(accounts, "investigator");
        Statement cis = statements.add(
                officer,
                ref,
                new Statement.Draft(
                        Statement.Kind.COMMUNITY_IMPACT,
                        "Worshippers at the mosque now arrive in groups after the graffiti.",
                        "PS Dana Whitfield",
                        LocalDate.now(Formats.UK),
                        null));
        assertThat(cis.version()).isEqualTo(1);
        assertThat(cis.readAloud()).isNull();
        assertThatThrownBy(() -> statements.add(
                        officer,
                        ref,
                        new Statement.Draft(
                                Statement.Kind.VICTIM_PERSONAL,
                                "Words",
                                "PC Reid",
                                LocalDate.now(Formats.UK).plusDays(1),
                                Statement.ReadAloud.NOT_READ)))
                .isInstanceOf(InvalidInput.class)
                .satisfies(Texts.says("today or in the past"));
        assertThatThrownBy(() -> statements.add(
                        Principals.of(accounts, "analyst"),
                        ref,
                        new Statement.Draft(
                                Statement.Kind.COMMUNITY_IMPACT, "Words", "Someone", LocalDate.now(Formats.UK), null)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
