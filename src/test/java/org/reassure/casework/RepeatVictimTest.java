package org.reassure.casework;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.reassure.casework.internal.RepeatMatch;
import org.reassure.identity.ApiTokens;
import org.reassure.identity.StaffAccounts;
import org.reassure.identity.StaffPrincipal;
import org.reassure.platform.ConflictingState;
import org.reassure.platform.InvalidInput;
import org.reassure.testing.Api;
import org.reassure.testing.Browser;
import org.reassure.testing.Principals;
import org.reassure.testing.ReassureTest;
import org.reassure.testing.TestCases;
import org.reassure.testing.Texts;
import org.reassure.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** People on a case and repeat-victim matching: true matches are suggested, near misses are not, nothing is merged silently. */
@ReassureTest
class RepeatVictimTest {

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiTokens tokens;

    private StaffPrincipal supervisor() {
        return Principals.of(accounts, "supervisor");
    }

    private People.NewPerson victim(String name, String birth, String phone, String email, String postcode) {
        return new People.NewPerson("VICTIM", name, birth, phone, email, "3 Orchard Close", postcode, null);
    }

    @Test
    void the_same_email_on_a_later_case_is_suggested_and_confirming_it_links_the_cases_and_flags_the_repeat() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String first = TestCases.newReport(jdbc, "HNS");
        String second = TestCases.newReport(jdbc, "HNS");
        String third = TestCases.newReport(jdbc, "HNS");
        people.add(supervisor(), first, victim("Noor Rahimi", "1990-02-03", null, unique + "@example.com", "TW3 1ES"));
        people.add(supervisor(), second, victim("Noor Rahimi-Khan", null, null, unique + "@example.com", null));
        List<RepeatMatch> matches = people.matchesOn(second);
        assertThat(matches).hasSize(1);
        assertThat(matches.get(0).matchedReference()).isEqualTo(first);
        assertThat(matches.get(0).basis()).contains("same email address");
        assertThat(matches.get(0).status()).isEqualTo("PENDING");
        assertThat(flags(second))
                .as("nothing is flagged before someone confirms")
                .isEmpty();

        people.decide(supervisor(), second, matches.get(0).id(), true);
        assertThat(flags(second)).containsExactly("REPEAT_VICTIM");
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM case_link l JOIN hate_case c ON c.id = l.case_id WHERE c.reference = ?")
                        .param(second)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        people.add(supervisor(), third, victim("Noor Rahimi", "1990-02-03", null, unique + "@example.com", "TW3 1ES"));
        people.matchesOn(third).forEach(match -> people.decide(supervisor(), third, match.id(), true));
        assertThat(flags(third))
                .as("a third case for the same victim marks them persistently targeted")
                .containsExactlyInAnyOrder("REPEAT_VICTIM", "PERSISTENTLY_TARGETED");
        assertThatThrownBy(
                        () -> people.decide(supervisor(), second, matches.get(0).id(), true))
                .isInstanceOf(ConflictingState.class);
    }

    @Test
    void a_misspelt_name_with_the_same_date_of_birth_is_suggested() {
        String first = TestCases.newReport(jdbc, "HNS");
        String second = TestCases.newReport(jdbc, "HNS");
        people.add(supervisor(), first, victim("Oluwaseun Adebayo-Williams", "1977-11-30", null, null, null));
        people.add(supervisor(), second, victim("Oluwasegun Adebayo Williams", "1977-11-30", null, null, null));
        assertThat(people.matchesOn(second))
                .extracting(RepeatMatch::basis)
                .containsExactly("similar name and same date of birth");
    }

    @Test
    void a_similar_name_alone_is_a_near_miss_and_is_not_suggested() {
        String first = TestCases.newReport(jdbc, "HNS");
        String second = TestCases.newReport(jdbc, "HNS");
        people.add(supervisor(), first, victim("Krzysztof Wisniewski", "1969-04-01", "07700 900111", null, "TW4 5AB"));
        people.add(supervisor(), second, victim("Krzysztof Wisniewska", "1993-08-19", "07700 900222", null, "E6 2JA"));
        assertThat(people.matchesOn(second)).isEmpty();
    }

    @Test
    void rejecting_a_match_keeps_the_cases_apart() {
        String unique = "07700 9" + (10000 + (int) (Math.random() * 89999));
        String first = TestCases.newReport(jdbc, "HNS");
        String second = TestCases.newReport(jdbc, "HNS");
        people.add(supervisor(), first, victim("Sam Taylor", null, unique, null, null));
        people.add(supervisor(), second, victim("Samantha Taylor", null, unique, null, null));
        RepeatMatch match = people.matchesOn(second).get(0);
        assertThat(match.basis()).contains("same phone number");
        people.decide(supervisor(), second, match.id(), false);
        assertThat(people.matchesOn(second).get(0).status()).isEqualTo("REJECTED");
        assertThat(flags(second)).isEmpty();
    }

    @Test
    void a_non_crime_hate_incident_has_a_complainant_and_its_subject_only_after_the_data_decision() {
        String ref = TestCases.newReport(jdbc, "HNS");
        String token = Tokens.of(tokens, accounts, "supervisor");
        Api.Response recorded = new Api(port).post("/api/v1/cases/" + ref + "/recording", token, """
                {"classification": "NCHI", "strands": ["SEXUAL_ORIENTATION"], "reason": "Repeated homophobic remarks by a neighbour",
                 "nchi": {"notTrivial": true, "notIrrational": true, "notMalicious": true, "basisForHostility": true,
                          "keepSubjectData": false, "notifySubject": true}}""");
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        assertThatThrownBy(() -> people.add(supervisor(), ref, victim("Alex Green", null, null, null, null)))
                .isInstanceOf(InvalidInput.class)
                .satisfies(Texts.says("complainant and a subject"));
        assertThatThrownBy(() -> people.add(
                        supervisor(),
                        ref,
                        new People.NewPerson("SUBJECT", "Neighbour", null, null, null, null, null, null)))
                .isInstanceOf(ConflictingState.class)
                .satisfies(Texts.says("personal data is not kept"));
        assertThat(people.add(
                                supervisor(),
                                ref,
                                new People.NewPerson("COMPLAINANT", "Alex Green", null, null, null, null, null, null))
                        .role())
                .isEqualTo(PersonRole.COMPLAINANT);
    }

    @Test
    void the_person_form_explains_each_mistake_and_keeps_what_was_typed() {
        String ref = TestCases.newReport(jdbc, "HNS");
        Browser browser = new Browser(port).signedInAs("supervisor");
        browser.get("/cases/" + ref + "/people/new");
        Browser.Page page = browser.post(
                "/cases/" + ref + "/people",
                Map.of(
                        "role",
                        "VICTIM",
                        "fullName",
                        "Jo Bloggs",
                        "email",
                        "not-an-email",
                        "postcode",
                        "NOWHERE",
                        "dateOfBirth",
                        "31/02/1980"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "Enter an email address in the correct format, like name@example.com",
                        "Enter a full UK postcode, like TW3 1ES",
                        "Enter the date of birth like 1984-03-27",
                        "value=\"Jo Bloggs\"");
        Browser.Page added = browser.post(
                "/cases/" + ref + "/people", Map.of("role", "VICTIM", "fullName", "Jo Bloggs", "postcode", "tw3 1es"));
        assertThat(added.status()).isEqualTo(302);
        assertThat(browser.get("/cases/" + ref).body()).contains("Victim added.", "Jo Bloggs", "TW31ES");
    }

    @Test
    void staff_find_a_case_by_a_misspelt_name_a_postcode_or_its_reference() {
        String ref = TestCases.newReport(jdbc, "HNS");
        people.add(
                supervisor(),
                ref,
                new People.NewPerson(
                        "VICTIM", "Bartholomew Okonkwo-Reyes", null, null, null, "27 Quarry Lane", "TW7 4HJ", null));
        Browser browser = new Browser(port).signedInAs("supervisor");
        assertThat(browser.get("/cases?q=Bartolomew+Okonkwo+Reyes").body()).contains(ref);
        assertThat(browser.get("/cases?q=tw7+4hj").body()).contains(ref);
        assertThat(browser.get("/cases?q=" + ref.substring(0, 9)).body()).contains(ref);
        assertThat(browser.get("/cases?q=Zebedee+Quartermaine").body()).doesNotContain(ref);
        assertThat(browser.get("/cases?q=Bartholomew&from=not-a-date").body())
                .contains("Enter the date like 2026-11-01", ref);
    }

    private List<String> flags(String reference) {
        return jdbc.sql(
                        "SELECT flag FROM case_flag f JOIN hate_case c ON c.id = f.case_id WHERE c.reference = ? ORDER BY flag")
                .param(reference)
                .query(String.class)
                .list();
    }
}
