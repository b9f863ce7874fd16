package org.reassure.care;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.reassure.care.internal.SecondaryReassurance;
import org.reassure.identity.ApiTokens;
import org.reassure.identity.StaffAccounts;
import org.reassure.identity.Units;
import org.reassure.testing.Api;
import org.reassure.testing.Browser;
import org.reassure.testing.ReassureTest;
import org.reassure.testing.TestCases;
import org.reassure.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5, item 8: a secondary reassurance contact goes to the neighbourhood team covering the victim's area,
 * apart from the investigation. The team's officers find it on My work, may open that one case (no other), and
 * complete it by logging the contact with what the victim needed.
 */
@ReassureTest
class SecondaryReassuranceTeamTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SecondaryReassurance reassurance;

    @Autowired
    Units units;

    @Autowired
    ApiTokens tokens;

    @Autowired
    StaffAccounts accounts;

    private String src(String reference, String column) {
        return jdbc.sql("SELECT " + column
                        + " FROM care_task WHERE case_reference = ? AND kind = 'SECONDARY_REASSURANCE'")
                .param(reference)
                .query(String.class)
                .single();
    }

    private String unitOfSrc(String reference) {
        return src(reference, "(SELECT code FROM unit WHERE id = unit_id)");
    }

    @Test
    void the_contact_is_held_by_the_areas_neighbourhood_team_who_find_it_open_the_case_and_complete_it() {
        String reference = TestCases.newReport(jdbc, "HNS-CSU");
        reassurance.require(reference, "Trial D: allocated to SRC");
        assertThat(unitOfSrc(reference)).isEqualTo("HNS-SNT");
        assertThat(src(reference, "holder")).isEqualTo("NEIGHBOURHOOD_TEAM");
        assertThat(src(reference, "coalesce(assignee, 'no one')"))
                .as("the team holds it, not the investigator")
                .isEqualTo("no one");

        Browser neighbourhood = new Browser(port).signedInAs("neighbourhood");
        assertThat(neighbourhood.get("/care/my-work").body())
                .contains("Secondary reassurance contacts for your team", reference);
        assertThat(neighbourhood.get("/cases/" + reference).status())
                .as("the team may open this case")
                .isEqualTo(200);

        Browser otherArea = new Browser(port).signedInAs("neighbourhood2");
        assertThat(otherArea.get("/care/my-work").body()).doesNotContain(reference);
        assertThat(otherArea.get("/cases/" + reference).status())
                .as("another area's team may not")
                .isEqualTo(403);

        Api.Response made = new Api(port)
                .post(
                        "/api/v1/cases/" + reference + "/contacts",
                        Tokens.of(tokens, accounts, "neighbourhood"),
                        "{\"kind\": \"SECONDARY_REASSURANCE\", \"channel\": \"IN_PERSON\", \"outcome\": \"MADE\", \"at\": \""
                                + Instant.now().minusSeconds(60)
                                + "\", \"note\": \"Wants a lock fitted and a number to call\"}");
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        assertThat(src(reference, "status")).isEqualTo("DONE");
        assertThat(reassurance.received(reference)).isTrue();
        assertThat(neighbourhood.get("/cases/" + reference).body())
                .contains("Wants a lock fitted and a number to call");
    }

    @Test
    void the_grant_opens_only_cases_whose_contact_the_team_holds() {
        String reference = TestCases.newReport(jdbc, "HNS-CSU");
        assertThat(new Browser(port)
                        .signedInAs("neighbourhood")
                        .get("/cases/" + reference)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void a_case_still_with_the_force_moves_its_contact_to_the_team_of_the_area_it_is_allocated_to() {
        String reference = TestCases.newReport(jdbc, "MET");
        reassurance.require(reference, "Trial D: allocated to SRC");
        assertThat(unitOfSrc(reference)).as("no area yet").isEqualTo("MET");

        reassurance.followAllocation(
                reference, units.findByCode("EAL-CSU").orElseThrow().id());
        assertThat(unitOfSrc(reference)).isEqualTo("EAL-SNT");
        assertThat(new Browser(port)
                        .signedInAs("neighbourhood2")
                        .get("/care/my-work")
                        .body())
                .contains(reference);
    }

    @Test
    void a_case_whose_contact_was_missed_shows_it_is_at_risk_of_withdrawal() {
        String reference = TestCases.newReport(jdbc, "HNS-CSU");
        reassurance.require(reference, "Trial D: allocated to SRC");
        Browser supervisor = new Browser(port).signedInAs("supervisor");
        assertThat(supervisor.get("/cases/" + reference).body()).doesNotContain("At risk of withdrawing support");

        // as the clock does when the SRC window closes with no contact made
        jdbc.sql("UPDATE care_task SET status = 'OVERDUE' WHERE case_reference = ? AND kind = 'SECONDARY_REASSURANCE'")
                .param(reference)
                .update();
        assertThat(supervisor.get("/cases/" + reference).body())
                .contains("At risk of withdrawing support", "The secondary reassurance contact was missed");
    }
}
