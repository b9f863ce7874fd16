package org.reassure.identity;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.reassure.testing.Browser;
import org.reassure.testing.ReassureTest;
import org.reassure.testing.Totp;

import static org.assertj.core.api.Assertions.assertThat;

/** The second step of signing in: setting up an authenticator app, its codes, recovery codes and the reset. */
@ReassureTest
class SecondFactorTest {

    private static final String PASSWORD = "correct-horse-battery";
    private static final String SECOND_FACTOR = "/sign-in/second-factor";

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_new_account_sets_up_an_app_from_a_qr_code_or_the_key_and_gets_ten_recovery_codes() {
        createAccount("mfa.newcomer");
        Browser browser = new Browser(port);
        Browser.Page password = browser.signIn("mfa.newcomer", PASSWORD);
        assertThat(password.location()).endsWith(SECOND_FACTOR);
        assertThat(browser.get(SECOND_FACTOR).location()).endsWith(SECOND_FACTOR + "/set-up");

        Browser.Page setUp = browser.get(SECOND_FACTOR + "/set-up");
        assertThat(setUp.status()).isEqualTo(200);
        assertThat(setUp.body())
                .contains(
                        "<h1 class=\"govuk-heading-l\">Set up an authenticator app</h1>",
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"reassure-qr-code\" role=\"img\"",
                        "<title id=\"qr-title\">QR code to add Reassure to your authenticator app</title>",
                        "I cannot scan the QR code",
                        "id=\"manual-key\"");
        String key = setUp.body().replaceAll("(?s).*id=\"manual-key\">([A-Z2-7 ]+)<.*", "$1");
        assertThat(key).matches("([A-Z2-7]{4} ){7}[A-Z2-7]{4}");
        // The same key stays until it is confirmed, so reloading the page does not change what was scanned.
        assertThat(browser.get(SECOND_FACTOR + "/set-up").body()).contains(key);

        Browser.Page wrong = browser.post(SECOND_FACTOR + "/set-up", Map.of("code", wrongCode(key)));
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.body())
                .contains(
                        "There is a problem",
                        "The code is not right. Check the app shows Reassure and enter the 6-digit code it shows now");
        assertThat(browser.get("/cases").location()).endsWith(SECOND_FACTOR);

        Totp.enrolled("mfa.newcomer", key.replace(" ", ""));
        Browser.Page confirmed =
                browser.post(SECOND_FACTOR + "/set-up", Map.of("code", Totp.freshCodeWaiting("mfa.newcomer")));
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.body()).contains("Your recovery codes", "They will not be shown again");
        List<String> codes = recoveryCodesOn(confirmed.body());
        assertThat(codes).hasSize(10).doesNotHaveDuplicates();
        assertThat(codes).allMatch(code -> code.matches("[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}"));
        assertThat(browser.get("/cases").status()).isEqualTo(200);
        // Only hashes are kept.
        assertThat(jdbc.sql("SELECT count(*) FROM identity_recovery_code WHERE code_hash = ?")
                        .param(codes.get(0))
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(audit("mfa.newcomer", "ALTERATION", "ALLOWED")).contains("authenticator app set up");
    }

    @Test
    void the_apps_code_lets_the_person_in_once_and_a_wrong_code_is_refused_with_a_message() {
        createAccount("mfa.coder");
        String key = new Browser(port).signInAndEnrol("mfa.coder", PASSWORD);

        Browser browser = new Browser(port);
        browser.signIn("mfa.coder", PASSWORD);
        String before = browser.sessionCookie();
        browser.get(SECOND_FACTOR);
        Browser.Page wrong = browser.post(SECOND_FACTOR, Map.of("code", wrongCode(key)));
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.body())
                .contains(
                        "<title>Error: Enter the code from your authenticator app – Reassure</title>",
                        "The code is not right. Enter the 6-digit code your app shows now. Each code works once.");
        Browser.Page empty = browser.post(SECOND_FACTOR, Map.of("code", ""));
        assertThat(empty.body()).contains("Enter the 6-digit code from your authenticator app");

        String code = Totp.freshCodeWaiting("mfa.coder");
        Browser.Page right = browser.post(SECOND_FACTOR, Map.of("code", code));
        assertThat(right.status()).isEqualTo(302);
        assertThat(right.location()).doesNotContain("sign-in");
        assertThat(browser.sessionCookie()).isNotEqualTo(before);
        assertThat(browser.get("/cases").status()).isEqualTo(200);

        // The same code again, in another browser with the right password, is refused.
        Browser other = new Browser(port);
        other.signIn("mfa.coder", PASSWORD);
        other.get(SECOND_FACTOR);
        assertThat(other.post(SECOND_FACTOR, Map.of("code", code)).body()).contains("The code is not right");
        assertThat(other.get("/cases").location()).endsWith(SECOND_FACTOR);

        assertThat(audit("mfa.coder", "SIGN_IN", "DENIED")).contains("authenticator app: wrong code");
        assertThat(audit("mfa.coder", "SIGN_IN", "ALLOWED")).contains("authenticator app");
    }

    @Test
    void a_recovery_code_works_once() {
        createAccount("mfa.recovers");
        Browser enrolling = new Browser(port);
        enrolling.signInAndEnrol("mfa.recovers", PASSWORD);
        String code = enrolling.recoveryCodes().get(3);

        Browser browser = new Browser(port);
        browser.signIn("mfa.recovers", PASSWORD);
        Browser.Page recoveryPage = browser.get(SECOND_FACTOR + "/recovery");
        assertThat(recoveryPage.body()).contains("Use a recovery code", "Each code works once");
        Browser.Page used = browser.post(SECOND_FACTOR + "/recovery", Map.of("code", code.toUpperCase()));
        assertThat(used.status()).isEqualTo(302);
        assertThat(browser.get("/account").body()).contains("How you sign in", "9 unused");

        Browser again = new Browser(port);
        again.signIn("mfa.recovers", PASSWORD);
        again.get(SECOND_FACTOR + "/recovery");
        assertThat(again.post(SECOND_FACTOR + "/recovery", Map.of("code", code)).body())
                .contains("The recovery code is not right, or it has been used already");
        assertThat(again.get("/account").location()).endsWith(SECOND_FACTOR);
        assertThat(audit("mfa.recovers", "SIGN_IN", "ALLOWED")).contains("recovery code");
    }

    @Test
    void wrong_codes_are_slowed_down_per_account_with_a_clear_message() {
        createAccount("mfa.guessed");
        String key = new Browser(port).signInAndEnrol("mfa.guessed", PASSWORD);
        Browser attacker = new Browser(port);
        attacker.signIn("mfa.guessed", PASSWORD);
        attacker.get(SECOND_FACTOR);
        for (int attempt = 0; attempt < 5; attempt++) {
            attacker.post(SECOND_FACTOR, Map.of("code", wrongCode(key)));
        }
        Browser.Page refused = attacker.post(SECOND_FACTOR, Map.of("code", Totp.freshCodeWaiting("mfa.guessed")));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body())
                .contains("You have entered 5 wrong codes in a minute. Wait a minute, then try again.");
        assertThat(attacker.get("/cases").location()).endsWith(SECOND_FACTOR);
        assertThat(audit("mfa.guessed", "SIGN_IN", "DENIED")).contains("authenticator app: too many wrong codes");
    }

    @Test
    void a_person_between_password_and_second_factor_reaches_no_case_nor_token_page() {
        Browser browser = new Browser(port);
        browser.signIn("investigator", "reassure-demo");
        for (String path : List.of("/", "/cases", "/account", "/admin", "/care/my-work", "/api-docs-nothing")) {
            Browser.Page page = browser.get(path);
            assertThat(page.status()).as(path).isEqualTo(302);
            assertThat(page.location()).as(path).endsWith(SECOND_FACTOR);
        }
        Browser.Page codePage = browser.get(SECOND_FACTOR);
        // The menu offers only Sign out until the second factor is proved.
        assertThat(codePage.body())
                .doesNotContain("href=\"/cases\"", "href=\"/account\"")
                .contains("Sign out");
        Browser.Page token = browser.post("/account/tokens", Map.of("label", "sneaky"));
        assertThat(token.location()).endsWith(SECOND_FACTOR);
        // Public pages still work, and show no one signed in.
        Browser.Page report = browser.get("/report");
        assertThat(report.status()).isIn(200, 302);
        assertThat(browser.get("/accessibility").status()).isEqualTo(200);
        // Someone who knows only the password cannot set up a new app for an account that has one.
        assertThat(browser.get(SECOND_FACTOR + "/set-up").location()).endsWith(SECOND_FACTOR);
        assertThat(browser.post("/sign-out", Map.of()).location()).endsWith("/sign-in?signedOut");
    }

    @Test
    void an_administrator_resets_a_second_factor_with_a_reason_and_the_person_sets_up_again() {
        StaffAccount account = createAccount("mfa.lostphone");
        new Browser(port).signInAndEnrol("mfa.lostphone", PASSWORD);
        Browser admin = new Browser(port).signedInAs("admin");
        Browser.Page user = admin.get("/admin/users/" + account.id());
        assertThat(user.body()).contains("Reset second factor", "Why are you resetting it?");

        Browser.Page noReason =
                admin.post("/admin/users/" + account.id() + "/second-factor/reset", Map.of("reason", " "));
        assertThat(noReason.status()).isEqualTo(200);
        assertThat(noReason.body()).contains("There is a problem", "Enter why you are resetting the second factor");

        Browser.Page reset = admin.post(
                "/admin/users/" + account.id() + "/second-factor/reset",
                Map.of("reason", "Phone lost, checked with line manager"));
        assertThat(reset.status()).isEqualTo(302);
        assertThat(admin.get("/admin/users/" + account.id()).body())
                .contains(
                        "Second factor reset. mfa.lostphone will set up a new authenticator app at their next sign-in.");
        assertThat(jdbc.sql("""
                        SELECT justification FROM audit_event WHERE actor = 'admin' AND action = 'ALTERATION'
                        AND record_type = 'second-factor' AND record_id = 'mfa.lostphone'""").query(String.class).list()).containsExactly("Phone lost, checked with line manager");

        Browser person = new Browser(port);
        person.signIn("mfa.lostphone", PASSWORD);
        assertThat(person.get(SECOND_FACTOR).location()).endsWith(SECOND_FACTOR + "/set-up");
        assertThat(person.get("/cases").location()).endsWith(SECOND_FACTOR);
    }

    @Test
    void the_account_page_replaces_the_app_and_gives_new_recovery_codes() {
        createAccount("mfa.replacer");
        String oldKey = new Browser(port).signInAndEnrol("mfa.replacer", PASSWORD);
        Browser browser = new Browser(port).signedInAs("mfa.replacer", PASSWORD);
        Browser.Page account = browser.get("/account");
        assertThat(account.body()).contains("How you sign in", "Authenticator app", "Set up on", "Recovery codes");

        Browser.Page codes = browser.post("/account/second-factor/recovery-codes", Map.of());
        assertThat(recoveryCodesOn(codes.body())).hasSize(10);
        assertThat(browser.get("/account").body()).contains("10 unused");

        Browser.Page setUp = browser.get("/account/second-factor/app");
        String newKey = setUp.body()
                .replaceAll("(?s).*id=\"manual-key\">([A-Z2-7 ]+)<.*", "$1")
                .replace(" ", "");
        assertThat(newKey).isNotEqualTo(oldKey);
        Totp.enrolled("mfa.replacer", newKey);
        Browser.Page replaced =
                browser.post("/account/second-factor/app", Map.of("code", Totp.freshCodeWaiting("mfa.replacer")));
        assertThat(replaced.location()).endsWith("/account");
        assertThat(browser.get("/account").body()).contains("Your authenticator app has been replaced");

        Browser later = new Browser(port);
        later.signIn("mfa.replacer", PASSWORD);
        later.get(SECOND_FACTOR);
        assertThat(later.post(SECOND_FACTOR, Map.of("code", Totp.code(oldKey))).status())
                .isEqualTo(200);
    }

    @Test
    void the_demo_accounts_sign_in_with_the_published_demo_key() {
        Browser browser = new Browser(port);
        browser.signIn("analyst", "reassure-demo");
        browser.get(SECOND_FACTOR);
        Browser.Page in = browser.post(SECOND_FACTOR, Map.of("code", Totp.freshCodeWaiting("analyst")));
        assertThat(in.status()).isEqualTo(302);
        assertThat(browser.get("/account").status()).isEqualTo(200);
    }

    private StaffAccount createAccount(String username) {
        return accounts.create(username, "Second Factor Tester", Set.of(Role.INVESTIGATOR), "HNS-CSU", PASSWORD);
    }

    private List<String> audit(String actor, String action, String outcome) {
        return jdbc.sql("SELECT coalesce(detail, '') FROM audit_event WHERE actor = ? AND action = ? AND outcome = ?")
                .params(actor, action, outcome)
                .query(String.class)
                .list();
    }

    private static List<String> recoveryCodesOn(String body) {
        return java.util.regex.Pattern.compile("<code class=\"reassure-token\">([a-z2-7-]+)</code>")
                .matcher(body)
                .results()
                .map(match -> match.group(1))
                .toList();
    }

    /** A six-digit code the key gives at none of the steps the service would take now. */
    private static String wrongCode(String key) {
        long now = Totp.step(java.time.Instant.now());
        for (int candidate = 0; ; candidate++) {
            String code = String.format("%06d", candidate);
            boolean right = false;
            for (long step = now - 2; step <= now + 2; step++) {
                right |= Totp.code(key, step).equals(code);
            }
            if (!right) {
                return code;
            }
        }
    }
}
