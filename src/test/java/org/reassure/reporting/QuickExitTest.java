package org.reassure.reporting;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import org.reassure.testing.Browser;
import org.reassure.testing.ReassureTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Exit this page" (GOV.UK Frontend's component) on every public page, in English and Welsh, and on no page of
 * someone signed in; without JavaScript it is an ordinary link to the neutral site; on a kiosk it forgets the visit
 * first. The list of public pages below is checked against the service's own request mappings: a new page anyone may
 * open fails this test until it is added here, and so is walked.
 */
@ReassureTest
class QuickExitTest {

    /** Not a page (a file, a redirect, an empty answer): nothing to walk. */
    private static final List<String> NOT_A_PAGE = List.of();

    /** Every address pattern of a page anyone may open, with the addresses walked for it. */
    private static final Map<String, List<String>> PUBLIC = new LinkedHashMap<>();

    static {
        PUBLIC.put("/", List.of("/"));
        PUBLIC.put("/sign-in", List.of("/sign-in"));
        PUBLIC.put("/sign-in/refused", List.of("/sign-in/refused"));
        PUBLIC.put("/error", List.of("/error"));
        PUBLIC.put("/error/forbidden", List.of("/error/forbidden"));
        PUBLIC.put("/error/not-found", List.of("/error/not-found"));
        PUBLIC.put("/error/expired", List.of("/error/expired"));
        PUBLIC.put("/report", List.of("/report"));
        PUBLIC.put(
                "/report/{slug}",
                List.of(
                        "/report/who",
                        "/report/relationship",
                        "/report/what-happened",
                        "/report/when",
                        "/report/where",
                        "/report/place",
                        "/report/online",
                        "/report/why",
                        "/report/details",
                        "/report/evidence",
                        "/report/contact-choice",
                        "/report/about-you",
                        "/report/contact",
                        "/report/safe-contact",
                        "/report/language-and-support",
                        "/report/victim",
                        "/report/consent",
                        "/report/check",
                        "/report/no-such-question"));
        PUBLIC.put("/report/sent", List.of("/report/sent"));
        PUBLIC.put("/track", List.of("/track"));
        PUBLIC.put("/track/report", List.of("/track/report"));
        PUBLIC.put(
                "/information/{page}",
                List.of(
                        "/information/hate-crime",
                        "/information/what-to-expect",
                        "/information/ways-to-report",
                        "/information/clear-your-history",
                        "/information/no-such-page"));
        PUBLIC.put("/accessibility", List.of("/accessibility"));
        PUBLIC.put("/privacy", List.of("/privacy"));
        PUBLIC.put("/cookies", List.of("/cookies"));
        PUBLIC.put("/contact", List.of("/contact"));
        PUBLIC.put("/support", List.of("/support"));
        PUBLIC.put("/support/{code}", List.of("/support/VSHNS", "/support/NO-SUCH-CODE"));
        PUBLIC.put("/support/{code}/contact", List.of("/support/VSHNS/contact"));
        PUBLIC.put("/support/{code}/sent", List.of("/support/VSHNS/sent"));
        PUBLIC.put("/statistics", List.of("/statistics"));
        PUBLIC.put("/statistics/latest.csv", NOT_A_PAGE);
        PUBLIC.put("/kiosk/{token}", List.of("/kiosk/NOT-A-KIOSK-LINK"));
        PUBLIC.put("/kiosk/finished", List.of("/kiosk/finished"));
        PUBLIC.put("/kiosk/alive", NOT_A_PAGE);
        PUBLIC.put("/kiosk/exit", NOT_A_PAGE);
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{[^}]+}");
    private static final Pattern UPLOAD = Pattern.compile("action=\"(/report/evidence/upload\\?_csrf=[^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Value("${reassure.public.quick-exit-url}")
    String exitUrl;

    @Test
    void the_list_of_public_pages_is_every_page_anyone_may_open() {
        Set<String> open = new TreeSet<>();
        for (String pattern : pagePatterns()) {
            // A page for staff sends someone who has not signed in to the sign-in page.
            Browser.Page page = new Browser(port).get(example(pattern));
            boolean refused = page.status() == 302 && page.location().contains("/sign-in");
            if (!refused) {
                open.add(pattern);
            }
        }
        assertThat(open).containsExactlyInAnyOrderElementsOf(PUBLIC.keySet());
    }

    @Test
    void every_public_page_has_the_exit_link_to_the_neutral_site_in_english_and_welsh() {
        assertThat(exitUrl).isEqualTo("https://www.bbc.co.uk/weather");
        List<String> walked = new ArrayList<>();
        for (String language : List.of("en", "cy")) {
            Browser browser = new Browser(port);
            browser.get("/?lang=" + language);
            // A report begun, so that its questions show rather than send the visitor back to the start.
            browser.get("/report/who");
            for (List<String> paths : PUBLIC.values()) {
                for (String path : paths) {
                    Browser.Page page = follow(browser, path);
                    assertThat(page.body())
                            .as(language + " " + path)
                            .contains(exitLink(exitUrl, language))
                            .contains("lang=\"" + language + "\"");
                    walked.add(language + " " + path);
                }
            }
        }
        assertThat(walked).hasSizeGreaterThan(80);
    }

    @Test
    void without_javascript_the_exit_is_an_ordinary_link_that_leaves_for_the_neutral_site() {
        String page = new Browser(port).get("/report").body();
        Matcher exit = Pattern.compile(
                        "<div class=\"govuk-exit-this-page\" data-module=\"govuk-exit-this-page\"[^>]*>\\s*"
                                + "<a href=\"([^\"]+)\" role=\"button\"[^>]*>")
                .matcher(page);
        assertThat(exit.find()).isTrue();
        assertThat(exit.group(1)).isEqualTo(exitUrl);
        assertThat(exit.group()).contains("rel=\"nofollow noreferrer\"").doesNotContain("onclick");
        // Before the page's own content, so that it is among the first things reached with the keyboard.
        assertThat(page.indexOf("govuk-exit-this-page")).isLessThan(page.indexOf("<h1"));
        // Shift pressed three times is GOV.UK Frontend's own script, started by initAll, which the policy allows.
        assertThat(page).contains("initAll()", "/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.js");
    }

    @Test
    void signed_in_staff_and_partners_see_no_exit() {
        Browser officer = new Browser(port).signedInAs("supervisor");
        for (String path : List.of("/cases", "/account", "/report", "/support")) {
            assertThat(officer.get(path).body()).as(path).doesNotContain("govuk-exit-this-page");
        }
        Browser partner = new Browser(port).signedInAs("supportorg");
        assertThat(partner.get("/partner").body()).doesNotContain("govuk-exit-this-page");
        Browser admin = new Browser(port).signedInAs("admin");
        assertThat(admin.get("/admin").body()).doesNotContain("govuk-exit-this-page");
        // The kiosk's exit never signs anyone out: it only forgets visits of people who have not signed in.
        String before = officer.sessionCookie();
        assertThat(officer.get("/kiosk/exit").location()).isEqualTo(exitUrl);
        assertThat(officer.get("/cases").status()).isEqualTo(200);
        assertThat(officer.sessionCookie()).isEqualTo(before);
    }

    @Test
    void the_start_page_explains_once_how_to_leave_quickly_and_how_to_clear_the_history() {
        String english = new Browser(port).get("/report").body();
        assertThat(english)
                .contains(
                        "If you need to leave quickly",
                        "press the Shift key 3 times",
                        "Your browser’s history may still show that you visited this website.",
                        "href=\"/information/clear-your-history\"");
        Browser welsh = new Browser(port);
        assertThat(welsh.get("/report?lang=cy").body())
                .contains("Os oes angen i chi adael yn gyflym", "Sut i glirio hanes eich porwr");
        assertThat(welsh.get("/information/clear-your-history").body())
                .contains("Clirio hanes eich porwr", "Google Chrome", "Samsung Internet");
        assertThat(new Browser(port).get("/information/clear-your-history").body())
                .contains("Clear your browsing history", "private window", "Delete");
    }

    @Test
    void on_a_kiosk_the_exit_forgets_the_visit_its_answers_and_files_then_leaves_for_the_neutral_site()
            throws Exception {
        Browser admin = new Browser(port).signedInAs("admin");
        admin.get("/admin/kiosks");
        admin.post("/admin/kiosks", Map.of("name", "Quick exit test kiosk"));
        Matcher link = Pattern.compile("/kiosk/([2-9A-Z]{40})")
                .matcher(admin.get("/admin/kiosks").body());
        assertThat(link.find()).isTrue();
        Browser kiosk = new Browser(port);
        kiosk.get("/kiosk/" + link.group(1));
        JourneySteps.answerUpToContactChoice(kiosk, "VICTIM", "TW3 1ES");
        assertThat(kiosk.get("/report/what-happened").body())
                .contains("Somebody shouted at me in the street.")
                .contains(exitLink("/kiosk/exit", "en"));
        String fileName = "exit-test-" + System.nanoTime() + ".png";
        Matcher upload = UPLOAD.matcher(kiosk.get("/report/evidence").body());
        assertThat(upload.find()).isTrue();
        assertThat(kiosk.upload(upload.group(1).replace("&amp;", "&"), "file", fileName, "image/png", png())
                        .status())
                .isEqualTo(302);
        assertThat(drafts(fileName)).isEqualTo(1);
        String session = new String(Base64.getDecoder().decode(kiosk.sessionCookie()), StandardCharsets.UTF_8);

        Browser.Page exit = kiosk.get("/kiosk/exit");

        assertThat(exit.status()).isEqualTo(302);
        assertThat(exit.location()).isEqualTo(exitUrl);
        assertThat(exit.header("Clear-Site-Data")).contains("\"cache\"", "\"storage\"");
        assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE session_id = ?")
                        .param(session)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(drafts(fileName)).isZero();
        assertThat(kiosk.get("/report/what-happened").location()).endsWith("/report");
        // Still a kiosk: the next person gets the kiosk's exit too.
        assertThat(kiosk.get("/report").body()).contains("Finish and clear", exitLink("/kiosk/exit", "en"));
    }

    /** The component's markup as GOV.UK Frontend 5.14.0 renders it, with our texts. */
    private static String exitLink(String href, String language) {
        String text = "cy".equals(language)
                ? "<span class=\"govuk-visually-hidden\">Argyfwng</span> Gadael y dudalen hon"
                : "<span class=\"govuk-visually-hidden\">Emergency</span> Exit this page";
        return "<a href=\"" + href + "\" role=\"button\" draggable=\"false\" class=\"govuk-button govuk-button--warning"
                + " govuk-exit-this-page__button govuk-js-exit-this-page-button\" data-module=\"govuk-button\""
                + " rel=\"nofollow noreferrer\">\n        " + text;
    }

    /** An address matching the pattern: each variable is "x", or the first word a variable's pattern allows. */
    private static String example(String pattern) {
        return VARIABLE.matcher(pattern).replaceAll(variable -> {
            String text = variable.group();
            int colon = text.indexOf(':');
            return colon < 0
                    ? "x"
                    : text.substring(colon + 1, text.length() - 1).split("\\|")[0];
        });
    }

    /** The address patterns of pages (not the JSON API) that answer GET. */
    private List<String> pagePatterns() {
        Set<String> patterns = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            Class<?> type = method.getBeanType();
            boolean page = AnnotatedElementUtils.hasAnnotation(type, Controller.class)
                    && !AnnotatedElementUtils.hasAnnotation(type, RestController.class);
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (page && (methods.isEmpty() || methods.contains(RequestMethod.GET))) {
                patterns.addAll(info.getPatternValues());
            }
        });
        return List.copyOf(patterns);
    }

    /** Follows redirects within the service, as a browser would; stops at a page or an address elsewhere. */
    private static Browser.Page follow(Browser browser, String path) {
        Browser.Page page = browser.get(path);
        for (int hop = 0; hop < 5 && page.status() / 100 == 3; hop++) {
            String location = page.location();
            String local = location.replaceFirst("^https?://localhost:\\d+", "");
            assertThat(local).as(path + " redirects within the service").startsWith("/");
            page = browser.get(local);
        }
        return page;
    }

    private long drafts(String fileName) {
        return jdbc.sql("SELECT count(*) FROM report_evidence_draft WHERE file_name = ?")
                .param(fileName)
                .query(Long.class)
                .single();
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0x1d70b8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
