package org.reassure.identity;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.reassure.testing.Browser;
import org.reassure.testing.ReassureTest;

import static org.assertj.core.api.Assertions.assertThat;

@ReassureTest
class SignInTest {

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void sign_in_page_is_styled_by_govuk_frontend() {
        Browser.Page page = new Browser(port).get("/sign-in");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "govuk-frontend.min.css",
                        "<h1 class=\"govuk-heading-l\">Sign in to Reassure</h1>",
                        "govuk-skip-link",
                        "govuk-phase-banner",
                        "govuk-footer",
                        "name=\"_csrf\"");
    }

    @Test
    void demo_investigator_signs_in_and_lands_on_their_cases() {
        Browser browser = new Browser(port);
        Browser.Page signedIn = browser.signIn("investigator", "reassure-demo");
        assertThat(signedIn.status()).isEqualTo(302);
        // The password is the first step; the second factor (here the demo key's code) lets the person in.
        assertThat(signedIn.location()).endsWith("/sign-in/second-factor");
        browser.signedInAs("investigator");
        Browser.Page cases = browser.get("/cases");
        assertThat(cases.status()).isEqualTo(200);
        assertThat(cases.body()).contains("Daniel Okafor", "<h1 class=\"govuk-heading-l\">Cases</h1>");
    }

    @Test
    void wrong_password_says_what_to_do_and_keeps_the_username() {
        createAccount("wrongpass.user");
        // An address of its own each run: the test database outlives a run, and wrong passwords count for a day.
        Browser browser = new Browser(port).from("10.9." + (System.nanoTime() % 250 + 1) + "." + (port % 250 + 1));
        Browser.Page result = browser.signIn("wrongpass.user", "not the password");
        assertThat(result.location()).endsWith("/sign-in?error");
        Browser.Page page = browser.get("/sign-in?error");
        assertThat(page.body())
                .contains(
                        "There is a problem",
                        "The username or password is not right. Check them and try again.",
                        "value=\"wrongpass.user\"",
                        "<title>Error: Sign in to Reassure</title>");
    }

    @Test
    void empty_username_is_asked_for() {
        Browser browser = new Browser(port);
        browser.signIn("", "whatever");
        assertThat(browser.get("/sign-in?error").body()).contains("href=\"#username\">Enter your username</a>");
    }

    @Test
    void switched_off_account_cannot_sign_in() {
        StaffAccount account = createAccount("switched.off");
        accounts.setEnabled(account.id(), false);
        Browser browser = new Browser(port);
        browser.signIn("switched.off", "correct-horse-battery");
        assertThat(browser.get("/sign-in?error").body()).contains("Your account has been switched off");
    }

    @Test
    void staff_session_is_shared_through_the_database_with_the_staff_idle_timeout() {
        Browser browser = new Browser(port).signedInAs("supervisor");
        Integer idleSeconds = jdbc.sql(
                        "SELECT max_inactive_interval FROM spring_session WHERE principal_name = 'supervisor' "
                                + "ORDER BY last_access_time DESC LIMIT 1")
                .query(Integer.class)
                .single();
        assertThat(idleSeconds).isEqualTo(30 * 60);
        assertThat(browser.get("/cases").status()).isEqualTo(200);
    }

    @Test
    void an_expired_session_sends_the_person_to_sign_in_with_an_explanation() {
        Browser browser = new Browser(port).signedInAs("analyst");
        assertThat(browser.get("/cases").status()).isEqualTo(200);
        // A session past its idle time is removed; the next request arrives with a cookie for no session.
        jdbc.sql("DELETE FROM spring_session WHERE principal_name = 'analyst'").update();
        Browser.Page page = browser.get("/cases");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/sign-in?timeout");
        assertThat(browser.get("/sign-in?timeout").body())
                .contains("You were signed out because you had not done anything for a while");
    }

    @Test
    void signing_out_ends_the_session() {
        Browser browser = new Browser(port).signedInAs("callhandler");
        browser.get("/cases");
        Browser.Page out = browser.post("/sign-out", Map.of());
        assertThat(out.location()).endsWith("/sign-in?signedOut");
        assertThat(browser.get("/cases").location()).contains("/sign-in");
    }

    @Test
    void passwords_are_stored_as_argon2_hashes() {
        createAccount("hash.check");
        String hash = jdbc.sql("SELECT password_hash FROM staff_user WHERE username = 'hash.check'")
                .query(String.class)
                .single();
        assertThat(hash).startsWith("{argon2}$argon2id$").doesNotContain("correct-horse-battery");
    }

    private StaffAccount createAccount(String username) {
        return accounts.findByUsername(username)
                .orElseGet(() -> accounts.create(
                        username, "Test " + username, Set.of(Role.INVESTIGATOR), "HNS-CSU", "correct-horse-battery"));
    }
}
