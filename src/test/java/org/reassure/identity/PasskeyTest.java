package org.reassure.identity;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.reassure.testing.Browser;
import org.reassure.testing.ReassureTest;
import org.reassure.testing.SoftwareAuthenticator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Passkeys as a second factor, through the real endpoints the pages' script calls, with a software authenticator
 * making real WebAuthn registrations and assertions: adding one on the account page, signing in with it, refusals,
 * and removing one.
 */
@ReassureTest
class PasskeyTest {

    private static final String PASSWORD = "correct-horse-battery";
    private static final String SECOND_FACTOR = "/sign-in/second-factor";
    private static final String ADD = "/account/second-factor/passkeys";
    /** Names of this run's accounts end with it, so that the tests run again on the same database. */
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    private static final Pattern REMOVE = Pattern.compile("/account/second-factor/passkeys/(\\d+)/remove");

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Value("${reassure.public-base-url}")
    String publicBaseUrl;

    @Test
    void a_person_adds_a_passkey_on_their_account_page_and_signs_in_with_it_instead_of_the_app() {
        String holder = "passkey.holder." + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        accounts.create(holder, "Passkey Tester", Set.of(Role.INVESTIGATOR), "HNS-CSU", PASSWORD);
        Browser browser = new Browser(port).signedInAs(holder, PASSWORD);
        Browser.Page account = browser.get("/account");
        assertThat(account.body())
                .contains(
                        "Passkeys",
                        "You have not added a passkey.",
                        "Adding a passkey needs JavaScript",
                        "id=\"add-passkey\"",
                        "src=\"/js/passkeys.js\"")
                .doesNotContain("<script>");
        assertThat(browser.get("/js/passkeys.js").status()).isEqualTo(200);

        Browser.Page noName = browser.postJson(ADD + "/options", "{\"name\":\"  \"}");
        assertThat(noName.status()).isEqualTo(422);
        assertThat(noName.body()).contains("\"field\":\"name\"", "Enter a name for the passkey");

        SoftwareAuthenticator authenticator = authenticator();
        Browser.Page options = browser.postJson(ADD + "/options", "{\"name\":\"Work laptop\"}");
        assertThat(options.status()).isEqualTo(200);
        assertThat(options.body())
                .contains("\"rp\":{", "\"id\":\"" + URI.create(publicBaseUrl).getHost() + "\"", "\"alg\":-7");
        Browser.Page added = browser.postJson(ADD, authenticator.register(options.body(), "Work laptop"));
        assertThat(added.status()).isEqualTo(200);
        assertThat(added.body()).contains("\"redirect\":\"/account#how-you-sign-in\"");
        assertThat(browser.get("/account").body())
                .contains("Passkey “Work laptop” added", "Work laptop", "Not used yet")
                .doesNotContain("You have not added a passkey.");
        assertThat(audit(holder, "ALTERATION", "ALLOWED")).contains("passkey added");
        // The same passkey cannot be added twice.
        Browser.Page again = browser.postJson(ADD + "/options", "{\"name\":\"Again\"}");
        assertThat(again.body()).contains("\"excludeCredentials\":[{", authenticator.credentialId());

        Browser second = new Browser(port);
        assertThat(second.signIn(holder, PASSWORD).location()).endsWith(SECOND_FACTOR);
        Browser.Page page = second.get(SECOND_FACTOR);
        assertThat(page.body())
                .contains(
                        "Or use a passkey",
                        "Using a passkey needs JavaScript",
                        "Use a passkey",
                        "Code from your app",
                        "Use a recovery code instead",
                        "src=\"/js/passkeys.js\"");
        assertThat(second.get("/cases").location()).endsWith(SECOND_FACTOR);
        String before = second.sessionCookie();
        Browser.Page request = second.postJson(SECOND_FACTOR + "/passkey/options", "{}");
        assertThat(request.status()).isEqualTo(200);
        assertThat(request.body()).contains(authenticator.credentialId());
        Browser.Page proved = second.postJson(SECOND_FACTOR + "/passkey", authenticator.assert_(request.body()));
        assertThat(proved.status()).isEqualTo(200);
        assertThat(proved.body()).contains("\"redirect\":\"/\"");
        assertThat(second.sessionCookie()).isNotEqualTo(before);
        assertThat(second.get("/cases").status()).isEqualTo(200);
        assertThat(audit(holder, "SIGN_IN", "ALLOWED")).contains("passkey");
        assertThat(second.get("/account").body()).doesNotContain("Not used yet");
        assertThat(jdbc.sql("""
                                SELECT p.sign_count FROM identity_passkey p JOIN staff_user u ON u.id = p.user_id
                                WHERE u.username = ? AND p.name = 'Work laptop'""").param(holder).query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void a_wrong_signature_an_unknown_passkey_or_an_old_challenge_is_refused_and_audited() {
        accounts.create("passkey.refused." + RUN, "Passkey Tester", Set.of(Role.INVESTIGATOR), "HNS-CSU", PASSWORD);
        Browser browser = new Browser(port).signedInAs("passkey.refused." + RUN, PASSWORD);
        SoftwareAuthenticator authenticator = authenticator();
        // An attestation made for another challenge does not add a passkey.
        Browser.Page stale = browser.postJson(ADD + "/options", "{\"name\":\"Stale\"}");
        browser.postJson(ADD + "/options", "{\"name\":\"Stale\"}");
        Browser.Page notAdded = browser.postJson(ADD, authenticator.register(stale.body(), "Stale"));
        assertThat(notAdded.status()).isEqualTo(422);
        assertThat(notAdded.body()).contains("The passkey could not be added");
        assertThat(audit("passkey.refused." + RUN, "ALTERATION", "DENIED"))
                .contains("passkey not added: it did not verify");
        addPasskey(browser, authenticator, "Security key");

        Browser second = new Browser(port);
        second.signIn("passkey.refused." + RUN, PASSWORD);
        second.get(SECOND_FACTOR);
        Browser.Page wrongKey = second.postJson(
                SECOND_FACTOR + "/passkey",
                authenticator.assertWithWrongKey(second.postJson(SECOND_FACTOR + "/passkey/options", "{}")
                        .body()));
        assertThat(wrongKey.status()).isEqualTo(422);
        assertThat(wrongKey.body()).contains("That passkey was not accepted");
        Browser.Page unknown = second.postJson(
                SECOND_FACTOR + "/passkey",
                authenticator.assertUnknown(second.postJson(SECOND_FACTOR + "/passkey/options", "{}")
                        .body()));
        assertThat(unknown.status()).isEqualTo(422);
        Browser.Page options = second.postJson(SECOND_FACTOR + "/passkey/options", "{}");
        assertThat(second.postJson(SECOND_FACTOR + "/passkey", authenticator.assert_(options.body()))
                        .status())
                .isEqualTo(200);
        Browser third = new Browser(port);
        third.signIn("passkey.refused." + RUN, PASSWORD);
        third.get(SECOND_FACTOR);
        // The answer to a challenge given to another sign-in is not taken.
        Browser.Page replayed = third.postJson(SECOND_FACTOR + "/passkey", authenticator.assert_(options.body()));
        assertThat(replayed.status()).isEqualTo(422);
        assertThat(third.get("/cases").location()).endsWith(SECOND_FACTOR);
        assertThat(audit("passkey.refused." + RUN, "SIGN_IN", "DENIED"))
                .contains("passkey: did not verify", "passkey: not one of theirs");
    }

    @Test
    void a_person_removes_a_passkey_and_it_is_no_longer_offered() {
        accounts.create("passkey.remover." + RUN, "Passkey Tester", Set.of(Role.INVESTIGATOR), "HNS-CSU", PASSWORD);
        Browser browser = new Browser(port).signedInAs("passkey.remover." + RUN, PASSWORD);
        addPasskey(browser, authenticator(), "Old phone");
        Matcher remove = REMOVE.matcher(browser.get("/account").body());
        assertThat(remove.find()).isTrue();
        // Someone else's passkey cannot be removed from another account's page.
        accounts.create("passkey.other." + RUN, "Passkey Tester", Set.of(Role.INVESTIGATOR), "HNS-CSU", PASSWORD);
        Browser other = new Browser(port).signedInAs("passkey.other." + RUN, PASSWORD);
        addPasskey(other, authenticator(), "Not yours");
        Matcher theirs = REMOVE.matcher(other.get("/account").body());
        assertThat(theirs.find()).isTrue();
        browser.get("/account");
        assertThat(browser.post(theirs.group(), Map.of()).status()).isEqualTo(302);
        assertThat(other.get("/account").body()).contains("Not yours");
        Browser.Page removed = browser.post(remove.group(), Map.of());
        assertThat(removed.status()).isEqualTo(302);
        assertThat(browser.get("/account").body())
                .contains("Passkey “Old phone” removed", "You have not added a passkey.");
        assertThat(audit("passkey.remover." + RUN, "ALTERATION", "ALLOWED")).contains("passkey removed");

        Browser second = new Browser(port);
        second.signIn("passkey.remover." + RUN, PASSWORD);
        assertThat(second.get(SECOND_FACTOR).body()).doesNotContain("Use a passkey", "passkeys.js");
    }

    private void addPasskey(Browser browser, SoftwareAuthenticator authenticator, String name) {
        Browser.Page options = browser.postJson(ADD + "/options", "{\"name\":\"" + name + "\"}");
        assertThat(browser.postJson(ADD, authenticator.register(options.body(), name))
                        .status())
                .isEqualTo(200);
    }

    private SoftwareAuthenticator authenticator() {
        URI base = URI.create(publicBaseUrl);
        return new SoftwareAuthenticator(base.getScheme() + "://" + base.getAuthority(), base.getHost());
    }

    private List<String> audit(String actor, String action, String outcome) {
        return jdbc.sql("SELECT coalesce(detail, '') FROM audit_event WHERE actor = ? AND action = ? AND outcome = ?")
                .params(actor, action, outcome)
                .query(String.class)
                .list();
    }
}
