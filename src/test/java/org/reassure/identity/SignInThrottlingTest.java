package org.reassure.identity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.reassure.testing.Browser;
import org.reassure.testing.NotifyStandIn;
import org.reassure.testing.ReassureTest;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in without a lock-out an attacker can use: the same answer for a known and an unknown username (words, status and
 * time), growing waits for a username from an address and for an address trying many usernames, an account holder
 * never kept out by attempts from elsewhere, and an e-mail to the holder once. The test database outlives a run and
 * counts last a day, so every test uses usernames and addresses of its own.
 */
@ReassureTest
class SignInThrottlingTest {

    private static final String PASSWORD = "correct-horse-battery";

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Test
    void a_known_and_an_unknown_username_get_the_same_answer_in_the_same_time() {
        String known = account("same.answer", null).username();
        String unknown = "nobody." + run();
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            attempt("warm.up." + run(), address());
        }
        List<Long> knownTimes = new ArrayList<>();
        List<Long> unknownTimes = new ArrayList<>();
        String knownAnswer = null;
        String unknownAnswer = null;
        // Interleaved, each from an address of its own, fewer than the username's free failures.
        for (int i = 0; i < 8; i++) {
            long start = System.nanoTime();
            Result k = attempt(known, address());
            knownTimes.add(System.nanoTime() - start);
            start = System.nanoTime();
            Result u = attempt(unknown + i % 2, address());
            unknownTimes.add(System.nanoTime() - start);
            assertThat(k.status()).isEqualTo(u.status()).isEqualTo(302);
            knownAnswer = k.message();
            unknownAnswer = u.message();
            assertThat(knownAnswer).isEqualTo(unknownAnswer);
        }
        assertThat(knownAnswer).isEqualTo("The username or password is not right. Check them and try again.");
        long knownMedian = median(knownTimes);
        long unknownMedian = median(unknownTimes);
        // Both check one Argon2 hash: the medians differ by far less than a hash takes.
        assertThat(Math.abs(knownMedian - unknownMedian))
                .as("median known %d ms, unknown %d ms", knownMedian / 1_000_000, unknownMedian / 1_000_000)
                .isLessThan(Math.max(40_000_000L, Math.max(knownMedian, unknownMedian) / 3));
    }

    @Test
    void a_throttled_attempt_says_how_long_to_wait_in_the_same_words_for_known_and_unknown_usernames()
            throws Exception {
        String known = account("throttled.known", null).username();
        String unknown = "throttled.nobody." + run();
        String from = address();
        String other = address();
        for (int i = 0; i < 3; i++) {
            assertThat(attempt(known, from).message()).contains("Check them and try again");
            assertThat(attempt(unknown, other).message()).contains("Check them and try again");
        }
        Result knownFourth = attempt(known, from);
        Result unknownFourth = attempt(unknown, other);
        assertThat(knownFourth.message())
                .isEqualTo(unknownFourth.message())
                .isEqualTo("The username or password is not right. Wait 1 second before you try again.");
        // Once more after that second, and the wait doubles.
        Thread.sleep(1_100);
        assertThat(attempt(known, from).message()).endsWith("Wait 2 seconds before you try again.");
        assertThat(attempt(unknown, other).message()).endsWith("Wait 2 seconds before you try again.");
        // At once again: refused before the password is checked, the right password too, with the same words.
        Result knownRefused = attempt(known, from, PASSWORD);
        Result unknownRefused = attempt(unknown, other);
        assertThat(knownRefused.status()).isEqualTo(unknownRefused.status()).isEqualTo(302);
        String refusal = "There have been too many attempts to sign in\\. Wait [12] seconds? and try again\\.";
        assertThat(knownRefused.message()).matches(refusal);
        assertThat(unknownRefused.message()).matches(refusal);
        assertThat(knownRefused.body()).contains("value=\"" + known + "\"");
    }

    @Test
    void an_address_trying_many_usernames_is_slowed() {
        String from = address();
        String prefix = "many." + run() + ".";
        for (int i = 0; i < 10; i++) {
            assertThat(attempt(prefix + i, from).message()).contains("Check them and try again");
        }
        assertThat(attempt(prefix + "10", from).message()).contains("Wait 1 second before you try again");
        // Even a right password for a real account from that address waits now; from elsewhere it does not.
        StaffAccount account = account("many.victim", null);
        assertThat(attempt(account.username(), from, PASSWORD).message())
                .startsWith("There have been too many attempts to sign in.");
        assertThat(new Browser(port)
                        .from(address())
                        .signIn(account.username(), PASSWORD)
                        .location())
                .doesNotContain("error");
    }

    @Test
    void fifty_wrong_attempts_from_other_addresses_cannot_keep_the_holder_out() throws Exception {
        StaffAccount holder = account("attacked.holder", null);
        String home = address();
        assertThat(new Browser(port)
                        .from(home)
                        .signIn(holder.username(), PASSWORD)
                        .location())
                .doesNotContain("error");
        for (int i = 0; i < 50; i++) {
            Result result = attempt(holder.username(), address(), "guess " + i);
            assertThat(result.message()).doesNotContain("locked");
        }
        // From where they signed in before: at once.
        Browser atHome = new Browser(port).from(home);
        assertThat(atHome.signIn(holder.username(), PASSWORD).location()).doesNotContain("error");
        // The password is taken: what comes next is the second factor.
        assertThat(atHome.get("/account").location()).contains("/sign-in/second-factor");
        // From a new address: at most a short wait.
        Browser elsewhere = new Browser(port).from(address());
        Browser.Page page = elsewhere.signIn(holder.username(), PASSWORD);
        if (page.location().contains("error")) {
            String message = message(elsewhere.get("/sign-in?error").body());
            assertThat(message)
                    .matches("There have been too many attempts to sign in\\. Wait [1-5] seconds? and try again\\.");
            Thread.sleep(Duration.ofSeconds(5).toMillis() + 200);
            page = elsewhere.signIn(holder.username(), PASSWORD);
        }
        assertThat(page.location()).doesNotContain("error");
        assertThat(elsewhere.get("/account").location()).contains("/sign-in/second-factor");
    }

    @Test
    void the_holder_of_an_account_under_attack_is_told_by_email_once() throws Exception {
        String email = "attacked." + run() + "@example.police.uk";
        StaffAccount holder = account("told.holder", email);
        for (int i = 0; i < 10; i++) {
            attempt(holder.username(), "203.0.113." + (i + 1), "guess " + i);
        }
        List<LoggedRequest> sent = awaitEmails(email, 1);
        assertThat(sent).hasSize(1);
        String body = sent.get(0).getBodyAsString();
        assertThat(body)
                .contains(NotifyStandIn.templateId("REASSURE_NOTIFY_TEMPLATE_ACCOUNT_ATTACKED_EMAIL_EN"))
                .contains("\"failure_count\":\"10\"", "Test " + holder.username())
                .doesNotContain("203.0.113");
        // More attempts the same day tell them nothing more.
        Thread.sleep(1_200);
        attempt(holder.username(), "203.0.113.99", "guess again");
        Thread.sleep(2_000);
        assertThat(awaitEmails(email, 2)).hasSize(1);
    }

    private List<LoggedRequest> awaitEmails(String email, int wanted) throws InterruptedException {
        List<LoggedRequest> found = List.of();
        for (int i = 0; i < 40 && found.size() < wanted; i++) {
            found = NotifyStandIn.server()
                    .findAll(postRequestedFor(urlPathEqualTo("/v2/notifications/email"))
                            .withRequestBody(containing(email)));
            if (found.size() < wanted) {
                Thread.sleep(250);
            }
        }
        return found;
    }

    private record Result(int status, String message, String body) {}

    private Result attempt(String username, String address) {
        return attempt(username, address, "not the password");
    }

    private Result attempt(String username, String address, String password) {
        Browser browser = new Browser(port).from(address);
        Browser.Page answer = browser.signIn(username, password);
        String body = browser.get("/sign-in?error").body();
        return new Result(answer.status(), message(body), body);
    }

    /** The error message of the sign-in page, as its error summary gives it. */
    private static String message(String body) {
        int summary = body.indexOf("govuk-error-summary__list");
        if (summary < 0) {
            return "";
        }
        int start = body.indexOf("\">", body.indexOf("<a ", summary)) + 2;
        return body.substring(start, body.indexOf("</a>", start))
                .replace("&#39;", "'")
                .strip();
    }

    private StaffAccount account(String prefix, String email) {
        String username = prefix + "." + run();
        return accounts.create(
                username, "Test " + username, Set.of(Role.INVESTIGATOR), "HNS-CSU", null, PASSWORD, null, email);
    }

    private static String run() {
        return Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    }

    private static String address() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(1, 255) + "." + random.nextInt(1, 255) + "." + random.nextInt(1, 255);
    }

    private static long median(List<Long> times) {
        List<Long> sorted = times.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
