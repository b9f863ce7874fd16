package org.reassure.accessibility;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

import org.reassure.testing.Chromium;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The accessibility checks can fail: axe, as every accessibility test runs it, finds the faults of a page made with
 * them (an image without a text alternative, a field without a label, a page without a language or title), and none
 * on the same page made well.
 */
class AxeFindsFaultsTest {

    @Test
    void axe_finds_the_faults_of_a_faulty_page_and_none_on_a_good_one() throws Exception {
        WebDriver browser = Chromium.start(true);
        try {
            browser.get(page("<html><body><main><img src=\"photo.png\"><input id=\"name\"></main></body></html>"));
            assertThat(String.join("\n", Chromium.axeViolations(browser)))
                    .contains("image-alt", "label", "html-has-lang", "document-title");

            browser.get(page("<html lang=\"en\"><head><title>Your name</title></head><body><main><h1>Your name</h1>"
                    + "<img src=\"photo.png\" alt=\"A photo of the doorway\"><label for=\"name\">Full name</label>"
                    + "<input id=\"name\"></main></body></html>"));
            assertThat(Chromium.axeViolations(browser)).isEmpty();
        } finally {
            browser.quit();
        }
    }

    private static String page(String html) {
        return "data:text/html;charset=utf-8,"
                + URLEncoder.encode(html, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
