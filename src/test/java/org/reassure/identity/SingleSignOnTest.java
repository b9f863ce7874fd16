package org.reassure.identity;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

import org.reassure.identity.internal.SignInFactors;
import org.reassure.testing.Browser;
import org.reassure.testing.OidcServer;
import org.reassure.testing.ReassureTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on end to end against a real OpenID Connect provider on loopback ({@link OidcServer}): the sign-in page
 * offers it, roles and unit come from the claims, a provider that vouches for a second factor ({@code amr}) gives a
 * full sign-in, and a person with no mapped role is refused on a page that says why, and audited.
 */
@ReassureTest
class SingleSignOnTest {

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FindByIndexNameSessionRepository<? extends Session> sessions;

    private final HttpClient provider =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void the_sign_in_page_offers_single_sign_on_by_the_providers_name() {
        assertThat(new Browser(port).get("/sign-in").body())
                .contains("Sign in with Example Police account", "href=\"/oauth2/authorization/sso\"");
    }

    @Test
    void a_person_signs_in_with_roles_and_unit_from_the_claims() throws Exception {
        String username = "sso.officer." + run();
        Browser browser = new Browser(port);
        Browser.Page done = signInThroughProvider(
                browser, claims(username, List.of("reassure-investigators", "unrelated-group"), List.of("pwd")));
        // The provider did not say it asked for a second factor, so Reassure asks for its own.
        assertThat(done.status()).isEqualTo(302);
        assertThat(done.location()).contains("/sign-in/second-factor");
        assertThat(browser.get("/cases").location()).contains("/sign-in/second-factor");

        StaffAccount account = accounts.findByUsername(username).orElseThrow();
        assertThat(account.roles()).containsExactly(Role.INVESTIGATOR);
        assertThat(account.unitCode()).isEqualTo("HNS-CSU");
        assertThat(account.displayName()).isEqualTo("Sam Provider");
        assertThat(authorities(username)).contains("ROLE_INVESTIGATOR").doesNotContain(SignInFactors.SECOND_FACTOR);
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit_event WHERE actor = ? AND action = 'SIGN_IN' AND outcome = 'ALLOWED'")
                        .param(username)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        // The provider's claims stay in charge: a new group next time gives the new role.
        Browser again = new Browser(port);
        signInThroughProvider(again, claims(username, List.of("reassure-supervisors"), List.of("pwd")));
        assertThat(accounts.findByUsername(username).orElseThrow().roles()).containsExactly(Role.SUPERVISOR);
    }

    @Test
    void a_provider_that_vouches_for_a_second_factor_gives_a_full_sign_in() throws Exception {
        String username = "sso.mfa." + run();
        Browser browser = new Browser(port);
        signInThroughProvider(browser, claims(username, List.of("reassure-investigators"), List.of("pwd", "mfa")));
        assertThat(browser.get("/cases").status()).isEqualTo(200);
        assertThat(authorities(username)).contains("ROLE_INVESTIGATOR", SignInFactors.SECOND_FACTOR);
    }

    @Test
    void a_person_with_no_mapped_role_is_refused_on_a_page_that_says_why_and_it_is_audited() throws Exception {
        String username = "sso.nobody." + run();
        Browser browser = new Browser(port);
        Browser.Page refused = signInThroughProvider(browser, claims(username, List.of("canteen"), List.of("pwd")));
        assertThat(refused.location()).endsWith("/sign-in/refused");
        Browser.Page page = browser.get("/sign-in/refused");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "You cannot sign in to Reassure",
                        "You signed in with Example Police account, but you have not been given a role in Reassure.");
        assertThat(browser.get("/cases").location()).contains("/sign-in");
        assertThat(accounts.findByUsername(username)).isEmpty();
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_event WHERE actor = ? AND action = 'SIGN_IN' AND outcome = 'DENIED'
                          AND detail = 'single sign-on refused: noRole'""").param(username).query(Integer.class).single()).isEqualTo(1);
    }

    /** Starts at Reassure, lets the provider answer (as after the person signed in there), returns Reassure's answer. */
    private Browser.Page signInThroughProvider(Browser browser, Map<String, Object> claims)
            throws IOException, InterruptedException {
        OidcServer.nextSignIn(claims);
        Browser.Page start = browser.get("/oauth2/authorization/sso");
        assertThat(start.status()).isEqualTo(302);
        assertThat(start.location()).contains("/" + OidcServer.ISSUER_ID + "/authorize");
        HttpResponse<String> answer = provider.send(
                HttpRequest.newBuilder(URI.create(start.location())).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(302);
        URI back = URI.create(answer.headers().firstValue("Location").orElseThrow());
        assertThat(back.getPath()).isEqualTo("/login/oauth2/code/sso");
        return browser.get(back.getRawPath() + "?" + back.getRawQuery());
    }

    private static Map<String, Object> claims(String username, List<String> groups, List<String> amr) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("preferred_username", username);
        claims.put("name", "Sam Provider");
        claims.put("email", username + "@example.police.uk");
        claims.put("groups", groups);
        claims.put("unit", "HNS-CSU");
        claims.put("amr", amr);
        return claims;
    }

    private List<String> authorities(String username) {
        return sessions.findByPrincipalName(username).values().stream()
                .map(session -> (SecurityContext) session.getAttribute("SPRING_SECURITY_CONTEXT"))
                .flatMap(context -> context.getAuthentication().getAuthorities().stream())
                .map(GrantedAuthority::getAuthority)
                .toList();
    }

    private static String run() {
        return Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    }
}
