package org.reassure.reporting;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.reassure.testing.Browser;
import org.reassure.testing.ClamAv;
import org.reassure.testing.ReassureTest;
import org.reassure.testing.TestFiles;
import org.reassure.uploads.internal.QuarantineRelease;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Evidence sent through the public journey gives nothing away and carries no malware: a photo's GPS position and the
 * camera's serial number are in neither the stored file nor the officer's download; unsafe files are refused with a
 * specific message and the rest of the answers kept; an infected file is refused and audited; a file sent while the
 * scanner is down is held, shown as waiting, and released when it answers again.
 */
@ReassureTest
class UploadsJourneyTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    QuarantineRelease release;

    @Test
    void a_photo_keeps_no_position_or_serial_number_in_the_stored_file_or_the_download() throws Exception {
        EvidenceUploads uploads = new EvidenceUploads(port);
        Browser browser = uploads.atEvidencePage();
        byte[] photo = TestFiles.jpegWithExif(60, 20, 6);
        assertThat(TestFiles.contains(photo, TestFiles.SERIAL)).isTrue();
        assertThat(uploads.upload(browser, "IMG_0001.jpg", photo).statusCode()).isEqualTo(302);
        assertThat(uploads.upload(browser, "screen.png", TestFiles.pngWithText())
                        .statusCode())
                .isEqualTo(302);
        assertThat(uploads.upload(browser, "letter.pdf", TestFiles.pdfWithMetadata())
                        .statusCode())
                .isEqualTo(302);
        String reference = EvidenceUploads.send(browser);

        List<Map<String, Object>> stored =
                jdbc.sql("""
                SELECT e.id, e.file_name, e.content_type, e.content, e.scan_status FROM report_evidence e
                JOIN report r ON r.id = e.report_id WHERE r.reference = ? ORDER BY e.added_at, e.id""").param(reference).query().listOfRows();
        assertThat(stored)
                .extracting(row -> row.get("file_name"))
                .containsExactly("IMG_0001.jpg", "screen.png", "letter.pdf");
        String scanned = ClamAv.available() ? "CLEAN" : "NOT_SCANNED";
        assertThat(stored).extracting(row -> row.get("scan_status")).containsOnly(scanned);
        for (Map<String, Object> row : stored) {
            assertNothingGivenAway((byte[]) row.get("content"));
        }
        BufferedImage upright =
                ImageIO.read(new ByteArrayInputStream((byte[]) stored.get(0).get("content")));
        assertThat(upright.getWidth()).as("turned as its orientation said").isEqualTo(20);
        assertThat(upright.getHeight()).isEqualTo(60);
        assertThat((upright.getRGB(10, 5) >> 16) & 0xFF).as("red half on top").isGreaterThan(150);

        Browser staff = staffWithTheCase(reference);
        String casePage = staff.get("/cases/" + reference).body();
        assertThat(casePage).contains(ClamAv.available() ? "Scanned" : "Not scanned");
        Matcher link = Pattern.compile("href=\"(/cases/" + reference + "/evidence/[0-9a-f-]+)\">IMG_0001.jpg")
                .matcher(casePage);
        assertThat(link.find()).isTrue();
        HttpResponse<byte[]> download = staff.download(link.group(1));
        assertThat(download.statusCode()).isEqualTo(200);
        assertNothingGivenAway(download.body());
        assertThat(download.body()).isEqualTo((byte[]) stored.get(0).get("content"));
        assertThat(jdbc.sql("""
                        SELECT action FROM audit_event WHERE record_type = 'case-evidence' AND record_id = ?
                        ORDER BY seq DESC LIMIT 1""").param(reference).query(String.class).single()).isEqualTo("DISCLOSURE");
    }

    @Test
    void unsafe_files_are_refused_with_their_own_message_and_every_answer_is_kept() throws Exception {
        EvidenceUploads uploads = new EvidenceUploads(port);
        Browser browser = uploads.atEvidencePage();
        assertThat(uploads.upload(browser, "kept.png", TestFiles.encode(TestFiles.picture(4, 4), "png"))
                        .statusCode())
                .isEqualTo(302);
        Map<String, byte[]> files = Map.of(
                "We cannot open HEIC photos yet", TestFiles.heic(),
                "could not be opened. It may be damaged", EvidenceTest.BROKEN_PNG,
                "too large to open safely", TestFiles.pngBomb(),
                "has another kind of file hidden inside it", TestFiles.jpegWithZip());
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            HttpResponse<String> refused = uploads.upload(browser, "photo.jpg", file.getValue());
            assertThat(refused.statusCode()).isEqualTo(200);
            assertThat(refused.body())
                    .as(file.getKey())
                    .contains("There is a problem", file.getKey(), "href=\"#file\"", "kept.png");
        }
        browser.post("/report/evidence", Map.of());
        browser.post("/report/contact-choice", Map.of("giveDetails", "NO"));
        assertThat(browser.get("/report/check").body()).contains("Evidence test", "A messaging app", "kept.png");
    }

    @Test
    void an_infected_file_is_refused_and_the_refusal_audited_without_its_name() throws Exception {
        assumeTrue(ClamAv.available(), "clamd is not installed here");
        EvidenceUploads uploads = new EvidenceUploads(port);
        Browser browser = uploads.atEvidencePage();
        long before = jdbc.sql("SELECT coalesce(max(seq), 0) FROM audit_event")
                .query(Long.class)
                .single();
        HttpResponse<String> refused = uploads.upload(browser, "invoice-4471.pdf", ClamAv.infectedPdf());
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("There is a problem", "The selected file contains a virus");
        assertThat(browser.get("/report/evidence").body()).doesNotContain("invoice-4471.pdf");
        List<Map<String, Object>> audited = jdbc.sql("""
                SELECT action, record_id, outcome, detail FROM audit_event
                WHERE seq > ? AND record_type = 'upload' ORDER BY seq""").param(before).query().listOfRows();
        assertThat(audited).hasSize(1);
        assertThat(audited.get(0)).containsEntry("record_id", "public-report").containsEntry("outcome", "DENIED");
        assertThat((String) audited.get(0).get("detail"))
                .contains(ClamAv.SIGNATURE)
                .doesNotContain("invoice");
    }

    @Test
    void a_file_sent_while_the_scanner_is_down_is_held_until_it_answers_again() throws Exception {
        assumeTrue(ClamAv.available(), "clamd is not installed here");
        EvidenceUploads uploads = new EvidenceUploads(port);
        Browser browser = uploads.atEvidencePage();
        try {
            ClamAv.stop();
            assertThat(uploads.upload(browser, "held.jpg", TestFiles.jpegWithExif(30, 30, 1))
                            .statusCode())
                    .isEqualTo(302);
            assertThat(browser.get("/report/evidence").body()).contains("held.jpg", "Waiting to be scanned");
            String reference = EvidenceUploads.send(browser);
            Browser admin = new Browser(port).signedInAs("admin");
            assertThat(admin.get("/admin/uploads").body()).contains("Not answering");

            Browser staff = staffWithTheCase(reference);
            String casePage = staff.get("/cases/" + reference).body();
            assertThat(casePage).contains("held.jpg", "Waiting to be scanned").doesNotContain(">held.jpg</a>");
            String id = jdbc.sql("""
                    SELECT e.id::text FROM report_evidence e JOIN report r ON r.id = e.report_id
                    WHERE r.reference = ? AND e.scan_status = 'QUARANTINED'""").param(reference).query(String.class).single();
            String path = "/cases/" + reference + "/evidence/" + id;
            Browser.Page held = staff.get(path);
            assertThat(held.status()).isEqualTo(409);
            assertThat(held.body()).contains("waiting to be scanned for viruses");

            ClamAv.start();
            // The recurring task may release it first; either way it is released now.
            release.releaseHeld();
            assertThat(jdbc.sql("SELECT scan_status FROM report_evidence WHERE id = ?::uuid")
                            .param(id)
                            .query(String.class)
                            .single())
                    .isEqualTo("CLEAN");
            assertThat(staff.download(path).statusCode()).isEqualTo(200);
            assertThat(staff.get("/cases/" + reference).body()).contains(">held.jpg</a>");
            assertThat(admin.get("/admin/uploads").body()).contains("Answering").doesNotContain("Not answering");
        } finally {
            ClamAv.start();
        }
    }

    @Test
    void a_held_file_found_infected_when_rescanned_loses_its_content_and_is_audited() {
        assumeTrue(ClamAv.available(), "clamd is not installed here");
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO report_evidence (id, report_id, file_name, content_type, size_bytes, sha256, content, scan_status, added_at)
                SELECT ?, id, 'held.pdf', 'application/pdf', 100, 'x', ?, 'QUARANTINED', now() FROM report LIMIT 1""").params(id, ClamAv.infectedPdf()).update();
        release.releaseHeld();
        Map<String, Object> row = jdbc.sql("SELECT scan_status, content FROM report_evidence WHERE id = ?")
                .param(id)
                .query()
                .singleRow();
        assertThat(row.get("scan_status")).isEqualTo("INFECTED");
        assertThat(row.get("content")).isNull();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE record_type = 'upload' AND record_id = ?")
                        .param(id.toString())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void the_administration_page_says_whether_the_scanner_is_set_up_in_english_and_welsh() {
        Browser admin = new Browser(port).signedInAs("admin");
        assertThat(admin.get("/admin").body()).contains("href=\"/admin/uploads\"", "Uploads and malware scanning");
        String page = admin.get("/admin/uploads").body();
        if (ClamAv.available()) {
            assertThat(page).contains("Configured", "127.0.0.1:" + ClamAv.port(), "Answering");
        } else {
            assertThat(page).contains("Not configured");
        }
        assertThat(page).contains("Files waiting to be scanned");
        assertThat(admin.get("/admin/uploads?lang=cy").body()).contains("Sganiwr maleiswedd");
    }

    private static void assertNothingGivenAway(byte[] content) {
        assertThat(TestFiles.contains(content, TestFiles.SERIAL)).isFalse();
        assertThat(TestFiles.contains(content, TestFiles.CAMERA)).isFalse();
        assertThat(TestFiles.contains(content, TestFiles.AUTHOR)).isFalse();
        assertThat(TestFiles.contains(content, TestFiles.GPS_SECONDS)).isFalse();
    }

    private Browser staffWithTheCase(String reference) {
        Eventually.await(
                "the case",
                () -> jdbc.sql("SELECT reference FROM hate_case WHERE reference = ?")
                        .param(reference)
                        .query(String.class)
                        .optional()
                        .orElse(null));
        return new Browser(port).signedInAs("callhandler");
    }
}
