package org.reassure.identity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.reassure.testing.Browser;
import org.reassure.testing.ReassureTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff sessions end: at the absolute time-out however busy the person (the sign-in page says why), when an
 * administrator ends them (with a reason, audited), and when the account is switched off.
 */
@ReassureTest
class StaffSessionsTest {

    private static final String PASSWORD = "correct-horse-battery";

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_session_ends_at_the_absolute_time_out_and_the_sign_in_page_says_why() throws IOException {
        StaffAccount person = account("absolute");
        Browser browser = signedIn(person);
        // Signed in eleven hours ago, as far as the session knows (the default absolute time-out is ten hours).
        int changed = jdbc.sql("""
                        UPDATE spring_session_attributes SET attribute_bytes = ?
                        WHERE attribute_name = 'reassure.signedInAt'
                          AND session_primary_id IN (SELECT primary_id FROM spring_session WHERE principal_name = ?)""")
                .params(
                        serialised(System.currentTimeMillis()
                                - Duration.ofHours(11).toMillis()),
                        person.username())
                .update();
        assertThat(changed).isEqualTo(1);
        Browser.Page page = browser.get("/cases");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/sign-in?expired");
        assertThat(browser.get("/sign-in?expired").body())
                .contains("You were signed out because you signed in 10 hours ago, the longest a session can last.");
        assertThat(browser.get("/cases").location()).contains("/sign-in");
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_event WHERE actor = ? AND action = 'SIGN_OUT'
                          AND detail = 'absolute time-out'""").param(person.username()).query(Integer.class).single())
                .isEqualTo(1);
    }

    @Test
    void an_administrator_ends_a_persons_sessions_with_a_reason_and_it_is_audited() {
        StaffAccount person = account("ended");
        Browser first = signedIn(person);
        Browser second = signedIn(person);
        Browser admin = new Browser(port).signedInAs("admin");
        assertThat(admin.get("/admin/users/" + person.id()).body()).contains("Signed-in sessions", "End sessions");

        Browser.Page noReason = admin.post("/admin/users/" + person.id() + "/sessions/end", Map.of("endReason", " "));
        assertThat(noReason.status()).isEqualTo(200);
        assertThat(noReason.body()).contains("There is a problem", "Enter why you are ending their sessions");
        assertThat(first.get("/cases").status()).isEqualTo(200);

        Browser.Page ended = admin.post(
                "/admin/users/" + person.id() + "/sessions/end", Map.of("endReason", "Laptop reported stolen"));
        assertThat(ended.status()).isEqualTo(302);
        assertThat(admin.get("/admin/users/" + person.id()).body())
                .contains("2 sessions of " + person.username() + " ended.");
        assertThat(first.get("/cases").location()).contains("/sign-in");
        assertThat(second.get("/cases").location()).contains("/sign-in");
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_event WHERE actor = 'admin' AND action = 'SIGN_OUT' AND record_type = 'user'
                          AND record_id = ? AND justification = 'Laptop reported stolen'""")
                        .param(String.valueOf(person.id()))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void switching_an_account_off_ends_its_sessions() {
        StaffAccount person = account("switched");
        Browser browser = signedIn(person);
        Browser admin = new Browser(port).signedInAs("admin");
        admin.get("/admin/users/" + person.id());
        admin.post("/admin/users/" + person.id() + "/enabled", Map.of("enabled", "false"));
        assertThat(browser.get("/cases").location()).contains("/sign-in");
    }

    private Browser signedIn(StaffAccount person) {
        Browser browser = new Browser(port);
        browser.signedInAs(person.username(), PASSWORD);
        assertThat(browser.get("/cases").status()).isEqualTo(200);
        return browser;
    }

    private StaffAccount account(String prefix) {
        String username = prefix + "." + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        return accounts.create(username, "Test " + username, Set.of(Role.INVESTIGATOR), "HNS-CSU", PASSWORD);
    }

    private static byte[] serialised(long value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }
}
