package org.reassure.reporting;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.reassure.testing.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/** The evidence step as a browser uses it: reaching it, posting a file, sending the report, downloading as staff. */
final class EvidenceUploads {

    private static final Pattern UPLOAD = Pattern.compile("action=\"(/report/evidence/upload\\?_csrf=[^\"]+)\"");

    private final int port;

    EvidenceUploads(int port) {
        this.port = port;
    }

    /** A new visitor who has answered the steps before the evidence page, the description being "Evidence test". */
    Browser atEvidencePage() {
        Browser browser = new Browser(port);
        browser.get("/report/who");
        browser.post("/report/who", Map.of("reporterRole", "VICTIM"));
        browser.post("/report/what-happened", Map.of("description", "Evidence test"));
        browser.post("/report/when", Map.of("approximately", "Yesterday"));
        browser.post("/report/where", Map.of("whereKind", "ONLINE"));
        browser.post("/report/online", Map.of("platform", "A messaging app"));
        browser.post("/report/why", Map.of("strands", "UNSURE"));
        browser.post("/report/details", Map.of());
        Browser.Page evidence = browser.get("/report/evidence");
        assertThat(evidence.status()).isEqualTo(200);
        return browser;
    }

    /** Posts one file as a browser would, with the page's upload address (which carries the CSRF token). */
    HttpResponse<String> upload(Browser browser, String fileName, byte[] content) {
        Matcher action = UPLOAD.matcher(browser.get("/report/evidence").body());
        assertThat(action.find()).isTrue();
        return browser.upload(action.group(1), Map.of(), fileName, content).response();
    }

    /** Leaves the evidence step, stays anonymous and sends the report; its reference. */
    static String send(Browser browser) {
        browser.post("/report/evidence", Map.of());
        browser.post("/report/contact-choice", Map.of("giveDetails", "NO"));
        return JourneySteps.send(browser, browser.get("/report/check"));
    }
}
