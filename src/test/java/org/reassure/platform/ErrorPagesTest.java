package org.reassure.platform;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.reassure.testing.Api;
import org.reassure.testing.Browser;
import org.reassure.testing.ReassureTest;

import static org.assertj.core.api.Assertions.assertThat;

@ReassureTest
class ErrorPagesTest {

    @LocalServerPort
    int port;

    @Test
    void unknown_address_gets_a_govuk_not_found_page_whether_signed_in_or_not() {
        Browser.Page anonymous = new Browser(port).get("/no/such/page");
        assertThat(anonymous.status()).isEqualTo(404);
        assertThat(anonymous.body())
                .contains("<h1 class=\"govuk-heading-l\">Page not found</h1>", "govuk-frontend.min.css");
        Browser.Page signedIn = new Browser(port).signedInAs("investigator").get("/no/such/page");
        assertThat(signedIn.status()).isEqualTo(404);
        assertThat(signedIn.body()).contains("Page not found");
    }

    @Test
    void server_error_shows_a_reference_and_never_the_exception() {
        Browser.Page page = new Browser(port).signedInAs("investigator").get(FailingTestController.PATH);
        assertThat(page.status()).isEqualTo(500);
        assertThat(page.body())
                .contains("Sorry, there is a problem with the service", "quote the reference")
                .doesNotContain(FailingTestController.SECRET, "Exception", "at org.");
        assertThat(page.body()).containsPattern("<strong class=\"reassure-reference\">[0-9A-F]{8}</strong>");
    }

    @Test
    void form_posted_without_its_csrf_token_explains_the_page_has_expired() {
        Browser browser = new Browser(port).signedInAs("investigator");
        Browser.Page page = browser.postRaw("/account/tokens", Map.of("label", "no token"));
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).contains("This page has expired", "reload the page");
    }

    @Test
    void api_errors_are_problem_json_and_never_html_or_stack_traces() {
        Api api = new Api(port);
        Api.Response noToken = api.invalid().get("/api/v1/cases", null);
        assertThat(noToken.status()).isEqualTo(401);
        assertThat(noToken.contentType()).startsWith("application/problem+json");
        assertThat(noToken.body()).contains("\"status\":401", "\"title\":\"Unauthorized\"");

        Api.Response badToken = api.get("/api/v1/cases", "rsr_forged-token-value");
        assertThat(badToken.status()).isEqualTo(401);
        assertThat(badToken.contentType()).startsWith("application/problem+json");

        Api.Response unknown = api.invalid().get("/api/v1/no-such-thing", null);
        assertThat(unknown.status()).isIn(401, 404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    @Test
    void malformed_api_call_is_a_problem_not_a_server_error() {
        Api api = new Api(port);
        String token = new TokenHelper(port).tokenFor("investigator");
        Api.Response wrongMethod = api.invalid().post("/api/v1/cases", token, "{not json");
        assertThat(wrongMethod.status()).isIn(400, 405);
        assertThat(wrongMethod.contentType()).startsWith("application/problem+json");
        assertThat(wrongMethod.body()).doesNotContain("Exception");
        Api.Response badPage = api.invalid().get("/api/v1/cases?page=abc", token);
        assertThat(badPage.status()).isEqualTo(400);
        assertThat(badPage.body()).contains("\"field\":\"page\"");
    }

    @Test
    void pages_carry_a_strict_content_security_policy_whose_nonce_matches_the_scripts() {
        Browser.Page page = new Browser(port).get("/sign-in");
        String csp = page.header("Content-Security-Policy");
        assertThat(csp)
                .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        String nonce = csp.replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertThat(page.body()).contains("nonce=\"" + nonce + "\"");
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(new Browser(port).get("/sign-in").header("Content-Security-Policy"))
                .doesNotContain(nonce);
    }

    @Test
    void health_is_public_and_metrics_are_for_administrators_only() {
        Api api = new Api(port);
        Api.Response health = api.get("/actuator/health", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        assertThat(new Browser(port).get("/actuator/metrics").status()).isEqualTo(302);
        assertThat(new Browser(port)
                        .signedInAs("supervisor")
                        .get("/actuator/metrics")
                        .status())
                .isEqualTo(403);
        assertThat(new Browser(port)
                        .signedInAs("admin")
                        .get("/actuator/metrics")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void openapi_description_names_the_staff_api() {
        Api.Response docs = new Api(port).get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("\"/api/v1/cases\"", "\"/api/v1/cases/{reference}\"", "X-Justification");
    }
}
