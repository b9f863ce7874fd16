package org.reassure.reporting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.reassure.testing.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/** Steps through the online journey with a browser that has JavaScript off, checking each redirect. */
final class JourneySteps {

    static final Pattern REFERENCE = Pattern.compile("HC\\d{2}-[2-9A-Z]{4}-[2-9A-Z]{4}");
    static final Pattern CODE = Pattern.compile("class=\"reassure-token\">([2-9A-Z-]{29})<");

    private JourneySteps() {}

    /** A short anonymous report from a witness, sent; returns its reference. */
    static String anonymousReport(Browser browser, String postcode) {
        answerUpToContactChoice(browser, "WITNESS", postcode);
        step(browser, "contact-choice", Map.of("giveDetails", "NO"), "check");
        return send(browser, browser.get("/report/check"));
    }

    static void answerUpToContactChoice(Browser browser, String role, String postcode) {
        browser.get("/report/who");
        step(browser, "who", Map.of("reporterRole", role), "what-happened");
        afterWho(browser, postcode);
    }

    static void afterWho(Browser browser, String postcode) {
        step(browser, "what-happened", Map.of("description", "Somebody shouted at me in the street."), "when");
        step(browser, "when", Map.of("day", "12", "month", "11", "year", "2026", "time", "9:30pm"), "where");
        step(browser, "where", Map.of("whereKind", "PLACE"), "place");
        step(
                browser,
                "place",
                postcode.isEmpty() ? Map.of("place", "Outside the station") : Map.of("postcode", postcode),
                "why");
        Map<String, String> why = new LinkedHashMap<>();
        why.put("strands", "RACE");
        why.put("hostilityReason", "They talked about my skin colour");
        step(browser, "why", why, "details");
        step(browser, "details", Map.of("peopleInvolved", "Two men"), "evidence");
        step(browser, "evidence", Map.of(), "contact-choice");
    }

    static void step(Browser browser, String slug, Map<String, String> form, String next) {
        Browser.Page page = browser.post("/report/" + slug, form);
        assertThat(page.status()).as(slug + ": " + page.body()).isEqualTo(302);
        assertThat(page.location()).as(slug).endsWith("/report/" + next);
    }

    static String token(Browser.Page check) {
        Matcher matcher =
                Pattern.compile("name=\"submissionToken\" value=\"([^\"]+)\"").matcher(check.body());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    static String send(Browser browser, Browser.Page check) {
        Browser.Page sent = browser.post("/report/send", Map.of("submissionToken", token(check)));
        assertThat(sent.location()).endsWith("/report/sent");
        Browser.Page confirmation = browser.get("/report/sent");
        Matcher reference = REFERENCE.matcher(confirmation.body());
        assertThat(reference.find()).isTrue();
        assertThat(List.of(confirmation.body()))
                .allMatch(body -> CODE.matcher(body).find());
        return reference.group();
    }
}
