package org.reassure.reporting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.reassure.reporting.internal.EvidenceFiles;
import org.reassure.testing.Browser;
import org.reassure.testing.ReassureTest;
import org.reassure.testing.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;

/** Evidence files in the online journey: checked by content, counted, size-limited, and kept with the report. */
@ReassureTest
class EvidenceTest {

    static final byte[] PNG = TestFiles.encode(TestFiles.picture(8, 4), "png");

    static final byte[] PDF = TestFiles.pdfWithMetadata();

    /** The first bytes of a PNG image and no more: it cannot be decoded. */
    static final byte[] BROKEN_PNG = {
        (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1
    };

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void files_added_on_the_way_are_kept_with_the_report_when_it_is_sent() throws Exception {
        Browser browser = atEvidencePage();
        assertThat(upload(browser, "screenshot.png", PNG).statusCode()).isEqualTo(302);
        assertThat(upload(browser, "C:\\Users\\me\\letter.pdf", PDF).statusCode())
                .isEqualTo(302);
        Browser.Page page = browser.get("/report/evidence");
        assertThat(page.body())
                .contains("screenshot.png", "letter.pdf", "Remove")
                .doesNotContain("C:\\Users");
        browser.post("/report/evidence", Map.of());
        browser.post("/report/contact-choice", Map.of("giveDetails", "NO"));
        Browser.Page check = browser.get("/report/check");
        assertThat(check.body()).contains("screenshot.png", "href=\"/report/evidence?change=\"");
        Matcher token =
                Pattern.compile("name=\"submissionToken\" value=\"([^\"]+)\"").matcher(check.body());
        assertThat(token.find()).isTrue();
        browser.post("/report/send", Map.of("submissionToken", token.group(1)));
        Matcher reference = Pattern.compile("HC\\d{2}-[2-9A-Z]{4}-[2-9A-Z]{4}")
                .matcher(browser.get("/report/sent").body());
        assertThat(reference.find()).isTrue();
        var stored = jdbc.sql("""
                SELECT e.file_name, e.content_type, e.content FROM report_evidence e JOIN report r ON r.id = e.report_id
                WHERE r.reference = ? ORDER BY e.added_at, e.id""").param(reference.group()).query().listOfRows();
        assertThat(stored).extracting(row -> row.get("file_name")).containsExactly("screenshot.png", "letter.pdf");
        assertThat(stored).extracting(row -> row.get("content_type")).containsExactly("image/png", "application/pdf");
        // Re-encoded from its pixels: the same picture.
        assertThat(ImageIO.read(new ByteArrayInputStream((byte[]) stored.get(0).get("content")))
                        .getWidth())
                .isEqualTo(8);

        // Staff who may see the case see the files on the case page and download them as attachments.
        String ref = reference.group();
        Eventually.await(
                "the case",
                () -> jdbc.sql("SELECT reference FROM hate_case WHERE reference = ?")
                        .param(ref)
                        .query(String.class)
                        .optional()
                        .orElse(null));
        Browser staff = new Browser(port).signedInAs("callhandler");
        String casePage = staff.get("/cases/" + ref).body();
        assertThat(casePage).contains("Evidence from the reporter", "screenshot.png", "letter.pdf");
        Matcher link = Pattern.compile("href=\"(/cases/" + ref + "/evidence/[0-9a-f-]+)\">screenshot.png")
                .matcher(casePage);
        assertThat(link.find()).isTrue();
        Browser.Page file = staff.get(link.group(1));
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.header("Content-Type")).isEqualTo("image/png");
        assertThat(file.header("Content-Disposition")).startsWith("attachment");
        assertThat(new Browser(port)
                        .signedInAs("investigator")
                        .get(link.group(1))
                        .status())
                .as("another unit's case")
                .isEqualTo(403);
    }

    @Test
    void a_program_renamed_as_a_photo_is_refused_by_its_content() throws Exception {
        Browser browser = atEvidencePage();
        byte[] program = "MZ\u0090\u0000 this is not a picture".getBytes(StandardCharsets.ISO_8859_1);
        HttpResponse<String> refused = upload(browser, "holiday.jpg", program);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains(
                        "There is a problem",
                        "The selected file must be a photo (JPEG, PNG, GIF or WebP) or a PDF",
                        "href=\"#file\"");
    }

    @Test
    void sending_no_file_asks_for_one() throws Exception {
        Browser browser = atEvidencePage();
        assertThat(upload(browser, "", new byte[0]).body()).contains("Select a file to add");
    }

    @Test
    void a_sixth_file_is_refused_and_a_removed_file_makes_room() throws Exception {
        Browser browser = atEvidencePage();
        for (int i = 1; i <= EvidenceFiles.MAX_FILES; i++) {
            assertThat(upload(browser, "page" + i + ".pdf", PDF).statusCode()).isEqualTo(302);
        }
        Browser.Page full = browser.get("/report/evidence");
        assertThat(full.body()).contains("You have added 5 files").doesNotContain("type=\"file\"");
        Matcher id = Pattern.compile("name=\"id\" value=\"([^\"]+)\"").matcher(full.body());
        assertThat(id.find()).isTrue();
        browser.post("/report/evidence/remove", Map.of("id", id.group(1)));
        assertThat(browser.get("/report/evidence").body())
                .contains("type=\"file\"")
                .doesNotContain("page1.pdf");
    }

    @Test
    void a_file_over_10_mb_is_refused_with_a_message_not_an_error_page() throws Exception {
        Browser browser = atEvidencePage();
        byte[] large = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        HttpResponse<String> refused = upload(browser, "large.pdf", large);
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location").orElse("")).endsWith("/report/evidence?tooLarge");
        assertThat(browser.get("/report/evidence?tooLarge").body())
                .contains("The selected file must be smaller than 10 MB");
    }

    private Browser atEvidencePage() {
        return new EvidenceUploads(port).atEvidencePage();
    }

    private HttpResponse<String> upload(Browser browser, String fileName, byte[] content)
            throws IOException, InterruptedException {
        return new EvidenceUploads(port).upload(browser, fileName, content);
    }
}
