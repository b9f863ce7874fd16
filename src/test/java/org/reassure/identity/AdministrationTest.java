package org.reassure.identity;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.reassure.testing.Api;
import org.reassure.testing.Browser;
import org.reassure.testing.ReassureTest;

import static org.assertj.core.api.Assertions.assertThat;

@ReassureTest
class AdministrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void administrator_adds_a_unit_below_a_borough_and_it_becomes_a_team() {
        Browser admin = new Browser(port).signedInAs("admin");
        admin.get("/admin/units/new");
        Browser.Page created = admin.post(
                "/admin/units/new", Map.of("code", "hns-hco", "name", "Hounslow Hate Crime Officers", "parent", "HNS"));
        assertThat(created.location()).endsWith("/admin/units");
        assertThat(admin.get("/admin/units").body())
                .contains("Unit HNS-HCO (Hounslow Hate Crime Officers) created as a team");
    }

    @Test
    void unit_form_errors_are_listed_and_linked_and_nothing_typed_is_lost() {
        Browser admin = new Browser(port).signedInAs("admin");
        admin.get("/admin/units/new");
        Browser.Page page =
                admin.post("/admin/units/new", Map.of("code", "HNS", "name", "A name that stays", "parent", ""));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "There is a problem",
                        "<a href=\"#code\">There is already a unit with the code HNS</a>",
                        "value=\"A name that stays\"",
                        "<title>Error: Add a unit – Reassure</title>");
    }

    @Test
    void administrator_creates_an_account_and_the_person_can_sign_in() {
        Browser admin = new Browser(port).signedInAs("admin");
        admin.get("/admin/users/new");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", "new.officer");
        form.put("displayName", "Morgan Ellis");
        form.put("roles", "NEIGHBOURHOOD_OFFICER");
        form.put("unit", "EAL-SNT");
        form.put("password", "three random words");
        Browser.Page created = admin.post("/admin/users/new", form);
        assertThat(created.status()).isEqualTo(302);
        assertThat(admin.get(created.location().replace("http://localhost:" + port, ""))
                        .body())
                .contains("Account new.officer created", "Morgan Ellis");
        // A new account sets up its second factor at its first sign-in.
        assertThat(new Browser(port).signInAndEnrol("new.officer", "three random words"))
                .matches("[A-Z2-7]{32}");
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit_event WHERE actor = 'admin' AND action = 'COLLECTION' AND record_type = 'user'")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void an_officers_work_phone_is_kept_and_a_wrong_one_is_explained() {
        Browser admin = new Browser(port).signedInAs("admin");
        admin.get("/admin/users/new");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", "phone.officer");
        form.put("displayName", "Robin Hale");
        form.put("roles", "INVESTIGATOR");
        form.put("unit", "HNS-CSU");
        form.put("password", "three random words");
        form.put("workPhone", "call me");
        Browser.Page wrong = admin.post("/admin/users/new", form);
        assertThat(wrong.body())
                .contains(
                        "<a href=\"#workPhone\">Enter the work phone number like 020 7946 0123, or leave it empty</a>",
                        "value=\"call me\"");
        form.put("workPhone", " 020  7946 0999 ");
        Browser.Page created = admin.post("/admin/users/new", form);
        assertThat(admin.get(created.location().replace("http://localhost:" + port, ""))
                        .body())
                .contains("value=\"020 7946 0999\"");
        assertThat(jdbc.sql("SELECT work_phone FROM staff_user WHERE username = 'phone.officer'")
                        .query(String.class)
                        .single())
                .isEqualTo("020 7946 0999");
    }

    @Test
    void an_officers_work_email_is_kept_changed_and_a_wrong_one_is_explained() {
        Browser admin = new Browser(port).signedInAs("admin");
        admin.get("/admin/users/new");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", "email.officer");
        form.put("displayName", "Jordan Blake");
        form.put("roles", "INVESTIGATOR");
        form.put("unit", "HNS-CSU");
        form.put("password", "three random words");
        form.put("workEmail", "jordan.blake at example");
        Browser.Page wrong = admin.post("/admin/users/new", form);
        assertThat(wrong.body())
                .contains(
                        "Work email address (optional)",
                        "<a href=\"#workEmail\">Enter an email address in the correct format, like name@example.com</a>",
                        "value=\"jordan.blake at example\"",
                        "value=\"Jordan Blake\"");
        form.put("workEmail", " jordan.blake@example.police.uk ");
        Browser.Page created = admin.post("/admin/users/new", form);
        assertThat(created.status()).isEqualTo(302);
        String path = created.location().replace("http://localhost:" + port, "");
        assertThat(admin.get(path).body()).contains("value=\"jordan.blake@example.police.uk\"");
        assertThat(contactEmail("email.officer")).isEqualTo("jordan.blake@example.police.uk");

        Map<String, String> change = new LinkedHashMap<>(form);
        change.remove("password");
        change.put("workEmail", "j.blake@");
        assertThat(admin.post(path, change).body())
                .contains("Enter an email address in the correct format, like name@example.com", "value=\"j.blake@\"");
        assertThat(contactEmail("email.officer")).isEqualTo("jordan.blake@example.police.uk");
        change.put("workEmail", "j.blake@example.police.uk");
        assertThat(admin.post(path, change).status()).isEqualTo(302);
        assertThat(contactEmail("email.officer")).isEqualTo("j.blake@example.police.uk");
        change.put("workEmail", "");
        assertThat(admin.post(path, change).status()).isEqualTo(302);
        assertThat(contactEmail("email.officer")).isNull();
        assertThat(contactEmail("investigator"))
                .as("the demo's officers have synthetic work addresses")
                .isEqualTo("investigator@example.police.uk");
    }

    private String contactEmail(String username) {
        return jdbc.sql("SELECT work_email FROM identity_staff_contact_v WHERE username = ?")
                .param(username)
                .query((rs, n) -> rs.getString(1))
                .list()
                .get(0);
    }

    @Test
    void account_form_reports_every_problem_at_once() {
        Browser admin = new Browser(port).signedInAs("admin");
        admin.get("/admin/users/new");
        Browser.Page page = admin.post(
                "/admin/users/new", Map.of("username", "Not Valid!", "displayName", "", "password", "short"));
        assertThat(page.body())
                .contains(
                        "The username must be 2 to 60 lower-case letters",
                        "Enter the person&#39;s full name",
                        "Select at least one role",
                        "Select the unit the person works in",
                        "The password must be at least 10 characters")
                .contains("value=\"Not Valid!\"")
                .doesNotContain("value=\"short\"");
    }

    @Test
    void administrator_switches_an_account_off_and_its_tokens_stop_working() {
        Browser person = new Browser(port).signedInAs("investigator2");
        person.get("/account");
        String body = person.post("/account/tokens", Map.of("label", "Borough script"))
                .body();
        String token = body.replaceAll("(?s).*id=\"issued-token\">(rsr_[A-Za-z0-9_-]+)<.*", "$1");
        Api api = new Api(port);
        assertThat(api.get("/api/v1/cases", token).status()).isEqualTo(200);

        long id = jdbc.sql("SELECT id FROM staff_user WHERE username = 'investigator2'")
                .query(Long.class)
                .single();
        Browser admin = new Browser(port).signedInAs("admin");
        admin.get("/admin/users/" + id);
        admin.post("/admin/users/" + id + "/enabled", Map.of("enabled", "false"));
        try {
            assertThat(api.get("/api/v1/cases", token).status()).isEqualTo(401);
            assertThat(admin.get("/admin/users").body()).contains("Switched off");
        } finally {
            admin.get("/admin/users/" + id);
            admin.post("/admin/users/" + id + "/enabled", Map.of("enabled", "true"));
        }
        assertThat(api.get("/api/v1/cases", token).status()).isEqualTo(200);
    }

    @Test
    void token_is_shown_once_stored_hashed_records_its_last_use_and_can_be_revoked() {
        Browser person = new Browser(port).signedInAs("supervisor");
        person.get("/account");
        String body =
                person.post("/account/tokens", Map.of("label", "Revocable")).body();
        assertThat(body).contains("Copy the token now. It will not be shown again.");
        String token = body.replaceAll("(?s).*id=\"issued-token\">(rsr_[A-Za-z0-9_-]+)<.*", "$1");
        assertThat(jdbc.sql("SELECT count(*) FROM api_token WHERE token_hash = ? OR prefix = ?")
                        .params(token, token)
                        .query(Long.class)
                        .single())
                .as("the token itself is never stored")
                .isZero();
        assertThat(person.get("/account").body()).doesNotContain(token);

        new Api(port).get("/api/v1/cases", token);
        Long tokenId = jdbc.sql("SELECT id FROM api_token WHERE label = 'Revocable' AND last_used_at IS NOT NULL")
                .query(Long.class)
                .single();
        person.get("/account");
        person.post("/account/tokens/" + tokenId + "/revoke", Map.of());
        assertThat(person.get("/account").body()).contains("Token revoked", "Revoked");
        assertThat(new Api(port).get("/api/v1/cases", token).status()).isEqualTo(401);
    }

    @Test
    void empty_token_name_is_asked_for() {
        Browser person = new Browser(port).signedInAs("analyst");
        person.get("/account");
        assertThat(person.post("/account/tokens", Map.of("label", " ")).body())
                .contains("Enter a name for the token, like the system that will use it");
    }
}
