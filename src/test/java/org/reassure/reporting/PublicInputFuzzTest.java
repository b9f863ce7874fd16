package org.reassure.reporting;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestContextManager;

import org.reassure.testing.Browser;
import org.reassure.testing.ReassureTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property-based fuzzing (jqwik) of what the public can send: public report bodies ({@code POST /api/v1/reports})
 * and the online journey's answers ({@code POST /report/*}), with hostile strings (control characters, broken
 * surrogates, very long text, markup, SQL, template expressions, right-to-left marks, emoji and combining marks, dates
 * that do not exist). Whatever is sent: never a 5xx; every refusal names its field (problem {@code errors}; on pages
 * an error summary whose links reach a field on the page, or the 400 page's link to the field); and nothing stored
 * or shown again renders a tag. Most bodies are refused; those stored are rendered on the staff case page, as the force-wide call handler sees it.
 *
 * <p>jqwik is a JUnit Platform engine of its own, so the shared Spring context of {@link ReassureTest} is reached
 * through Spring's {@link TestContextManager} (the same cached context the Jupiter tests use). Requests come from
 * the tests' own address, which the public rate limits leave out ({@code reassure.public-rate.exempt}).
 */
class PublicInputFuzzTest {

    static final int API_TRIES = 5000;
    static final int JOURNEY_TRIES = 5000;

    /** Stands in for a test class so that the Spring context of every test is started (or found) for this one. */
    @ReassureTest
    static class Service {
        @LocalServerPort
        int port;
    }

    private static int port;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final List<String> STORED = new ArrayList<>();
    private static final AtomicInteger API_SENT = new AtomicInteger();
    private static final AtomicInteger JOURNEY_SENT = new AtomicInteger();
    private static Browser journey;

    /** Markup that must never come back as markup; each is matched as the raw text a page must not contain. */
    static final List<String> MARKUP = List.of(
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "<svg/onload=alert(1)>",
            "</textarea><b>bold</b>",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<iframe src=//example.com>");

    @BeforeContainer
    static void start() throws Exception {
        Service service = new Service();
        new TestContextManager(Service.class).prepareTestInstance(service);
        port = service.port;
        journey = new Browser(port);
        journey.get("/report/who");
    }

    @AfterContainer
    static void renderWhatWasStored() {
        assertThat(API_SENT.get() + JOURNEY_SENT.get()).isGreaterThanOrEqualTo(10_000);
        // The force-wide call handler sees every unit's cases, wherever a report was routed.
        Browser staff = new Browser(port).signedInAs("callhandler");
        int shown = 0;
        for (String reference : STORED) {
            Browser.Page page = staff.get("/cases/" + reference);
            if (page.status() != 200) {
                continue;
            }
            shown++;
            assertNoMarkup(page.body(), "/cases/" + reference);
        }
        assertThat(STORED.isEmpty() || shown > 0)
                .as("at least one stored report is rendered (stored " + STORED.size() + ")")
                .isTrue();
    }

    // ---------------------------------------------------------------- the public API

    @Property(tries = API_TRIES, shrinking = net.jqwik.api.ShrinkingMode.OFF)
    void a_public_report_body_is_never_a_server_error_and_every_refusal_names_its_field(
            @ForAll("reports") Map<String, Object> report) throws Exception {
        API_SENT.incrementAndGet();
        String json = json(report);
        HttpResponse<String> answer = CLIENT.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/reports"))
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        int status = answer.statusCode();
        assertThat(status).as(json).isLessThan(500);
        if (status == 201) {
            Matcher reference =
                    Pattern.compile("\"reference\":\"([A-Z0-9-]+)\"").matcher(answer.body());
            assertThat(reference.find()).isTrue();
            synchronized (STORED) {
                STORED.add(reference.group(1));
            }
        } else if (status == 400 || status == 422) {
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(answer.body()).as(json).containsPattern("\"errors\":\\[\\{\"field\":\"[^\"]+\"");
        } else {
            assertThat(status).as(json).isIn(413);
        }
    }

    @Provide
    Arbitrary<Map<String, Object>> reports() {
        Arbitrary<String> role = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.of("VICTIM", "WITNESS", "ON_BEHALF")),
                net.jqwik.api.Tuple.of(1, hostile()));
        // Mostly refused: an unknown strand is refused, so few bodies are stored.
        Arbitrary<List<String>> strands = Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(1, Arbitraries.of("RACE", "RELIGION", "UNSURE")),
                        net.jqwik.api.Tuple.of(12, hostile()))
                .list()
                .ofMinSize(0)
                .ofMaxSize(3);
        Arbitrary<String> occurred = Arbitraries.oneOf(
                Arbitraries.of(
                        "2026-11-20",
                        "2026-11-20T21:30:00Z",
                        "2026-99-99",
                        "31/02/2026",
                        "2026-02-30",
                        "9999-12-31T99:99:99Z",
                        "yesterday",
                        ""),
                hostile());
        Arbitrary<Map<String, Object>> location = Combinators.combine(hostile(), hostile())
                .as((description, postcode) -> object("description", description, "postcode", postcode));
        return Combinators.combine(
                        role,
                        Arbitraries.of(Boolean.TRUE, Boolean.FALSE),
                        hostile(),
                        strands,
                        hostile(),
                        occurred,
                        location.injectNull(0.5),
                        hostile().injectNull(0.5))
                .as((reporterRole, anonymous, description, hostility, reason, occurredAt, where, harm) -> object(
                        "reporterRole", reporterRole,
                        "anonymous", anonymous,
                        "description", description,
                        "perceivedHostility", hostility,
                        "hostilityReason", reason,
                        "occurredAt", occurredAt,
                        "location", where,
                        "harm", harm));
    }

    // ---------------------------------------------------------------- the online journey

    /** Each question's fields, as its page posts them. */
    static final Map<String, List<String>> STEPS = new LinkedHashMap<>();

    static {
        STEPS.put("who", List.of("reporterRole"));
        STEPS.put("what-happened", List.of("description"));
        STEPS.put("when", List.of("day", "month", "year", "time", "approximately"));
        STEPS.put("where", List.of("whereKind", "postcode"));
        STEPS.put("place", List.of("place"));
        STEPS.put("online", List.of("platform", "link"));
        STEPS.put("why", List.of("strands", "religion", "hostilityReason"));
        STEPS.put("details", List.of("peopleInvolved", "witnesses", "harm"));
        STEPS.put("contact-choice", List.of("giveDetails"));
        STEPS.put("about-you", List.of("name", "pronouns"));
        STEPS.put("contact", List.of("email", "phone", "preferredContact"));
        STEPS.put("safe-contact", List.of("safeTimes", "leaveMessage", "days1", "from1", "to1"));
        STEPS.put("language-and-support", List.of("language", "interpreter", "adjustments"));
    }

    @Property(tries = JOURNEY_TRIES, shrinking = net.jqwik.api.ShrinkingMode.OFF)
    void a_journey_answer_is_never_a_server_error_and_every_refusal_links_to_its_field(
            @ForAll("steps") String slug, @ForAll("answers") List<String> values) {
        JOURNEY_SENT.incrementAndGet();
        List<String> fields = STEPS.get(slug);
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            form.put(fields.get(i), values.get(i % values.size()));
        }
        Browser.Page page = journey.post("/report/" + slug, form);
        int status = page.status();
        String what = slug + " " + form;
        assertThat(status).as(what).isLessThan(500);
        if (status == 302 || status == 303) {
            return;
        }
        if (status == 400) {
            assertThat(page.body()).as(what).containsPattern("href=\"/report/" + slug + "#[^\"]+\"");
            return;
        }
        assertThat(status).as(what).isIn(200, 413);
        if (status == 200) {
            assertNoMarkup(page.body(), what);
            // Every error in the summary leads to a field of the page.
            Matcher link =
                    Pattern.compile("govuk-error-summary__list[\\s\\S]*?</ul>").matcher(page.body());
            if (link.find()) {
                Matcher href = Pattern.compile("href=\"#([^\"]+)\"").matcher(link.group());
                while (href.find()) {
                    assertThat(page.body()).as(what).contains("id=\"" + href.group(1) + "\"");
                }
            }
        }
        if (JOURNEY_SENT.get() % 500 == 0) {
            // What was kept is shown again on the check page, with every answer.
            Browser.Page check = journey.get("/report/check");
            assertThat(check.status()).isLessThan(500);
            assertNoMarkup(check.body(), "/report/check");
        }
    }

    @Provide
    Arbitrary<String> steps() {
        return Arbitraries.of(List.copyOf(STEPS.keySet()));
    }

    @Provide
    Arbitrary<List<String>> answers() {
        return Arbitraries.oneOf(
                        hostile(),
                        Arbitraries.of("VICTIM", "ON_BEHALF", "PLACE", "ONLINE", "yes", "no", "RACE", "12", "2026"))
                .list()
                .ofMinSize(1)
                .ofMaxSize(5);
    }

    // ---------------------------------------------------------------- hostile strings

    static Arbitrary<String> hostile() {
        Arbitrary<String> fixed = Arbitraries.of(
                "<script>alert(1)</script>",
                "\"><img src=x onerror=alert(1)>",
                "<svg/onload=alert(1)>",
                "</textarea><b>bold</b>",
                "<a href=\"javascript:alert(1)\">x</a>",
                "<iframe src=//example.com>",
                "' OR '1'='1",
                "1; DROP TABLE hate_case; --",
                "\\'; SELECT pg_sleep(5); --",
                "${7*7}",
                "[[${T(java.lang.Runtime).getRuntime()}]]",
                "__${7*7}__::x",
                "{{7*7}}",
                "\u202Etxt.exe",
                "\u200F\u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627",
                "👩🏽‍🦱🏳️‍⚧️",
                "e\u0301\u0302\u0303\u0304\u0305\u0306\u0307",
                "\u0000",
                "a\u0007b",
                "\u001b[31mred",
                "\u0085next line",
                "\uD800",
                "\uFFFE",
                "%00",
                "%zz",
                "",
                " ",
                "Llanfairpwllgwyngyll");
        Arbitrary<String> random = Arbitraries.strings().all().ofMaxLength(40);
        Arbitrary<String> markupSoup = Arbitraries.strings()
                .withChars("<>&\"'/=;:-() aZ09\n\t")
                .ofMinLength(1)
                .ofMaxLength(60);
        Arbitrary<String> veryLong =
                Arbitraries.strings().withChars("a<>&\" é").ofMinLength(20_001).ofMaxLength(30_000);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(10, fixed),
                net.jqwik.api.Tuple.of(6, random),
                net.jqwik.api.Tuple.of(4, markupSoup),
                net.jqwik.api.Tuple.of(4, Combinators.combine(fixed, random).as((a, b) -> a + b)),
                net.jqwik.api.Tuple.of(1, veryLong));
    }

    // ---------------------------------------------------------------- helpers

    static void assertNoMarkup(String body, String where) {
        for (String markup : MARKUP) {
            assertThat(body).as(where).doesNotContain(markup);
        }
        // Escaped, these are harmless text (&lt;img ...): only the raw tag is a failure.
        assertThat(body).as(where).doesNotContain("<img src=x", "<svg/onload", "<b>bold</b>", "<iframe src=//");
    }

    private static Map<String, Object> object(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /** JSON as a client writes it: every string escaped, control characters and lone surrogates as \\u escapes. */
    static String json(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Boolean || value instanceof Number) {
            return value.toString();
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream()
                    .map(e -> json(e.getKey()) + ":" + json(e.getValue()))
                    .collect(Collectors.joining(",", "{", "}"));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(PublicInputFuzzTest::json).collect(Collectors.joining(",", "[", "]"));
        }
        String text = value.toString();
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c) || c == 0x7F) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
