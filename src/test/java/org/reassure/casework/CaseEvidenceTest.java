package org.reassure.casework;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

import org.reassure.casework.internal.CaseEvidence;
import org.reassure.identity.ApiTokens;
import org.reassure.identity.StaffAccounts;
import org.reassure.platform.Formats;
import org.reassure.platform.Message;
import org.reassure.testing.Api;
import org.reassure.testing.Browser;
import org.reassure.testing.ClamAv;
import org.reassure.testing.ReassureTest;
import org.reassure.testing.TestCases;
import org.reassure.testing.Texts;
import org.reassure.testing.Tokens;
import org.reassure.uploads.QuarantinedFiles;
import org.reassure.uploads.ScanStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Evidence officers add to a case on its page: stored, listed, downloaded (a disclosure), or refused with reasons. */
@ReassureTest
class CaseEvidenceTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CaseEvidence evidence;

    @Autowired
    ApiTokens tokens;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    StaffAccounts accounts;

    @Test
    void an_investigator_adds_a_photo_which_is_listed_with_what_they_said_and_downloaded_as_a_disclosure()
            throws Exception {
        String ref = TestCases.newReport(jdbc, "HNS-CSU");
        Browser investigator = new Browser(port).signedInAs("investigator");
        assertThat(investigator.get("/cases/" + ref).body())
                .contains("Evidence added by officers", "No evidence has been added by officers yet.")
                .contains("href=\"/cases/" + ref + "/evidence/new\"");

        Browser.Page added = upload(investigator, ref, "doorway.png", png(), answers("2"));
        assertThat(added.status()).isEqualTo(302);
        assertThat(added.location()).endsWith("/cases/" + ref + "#evidence");

        // Scanned when a scanner is configured (as in these tests once clamd is wired in), else not scanned.
        ScanStatus scan = scanOf(ref);
        assertThat(scan).isIn(ScanStatus.CLEAN, ScanStatus.NOT_SCANNED);
        String page = investigator.get("/cases/" + ref).body();
        assertThat(page)
                .contains(
                        Texts.english(scan.label()),
                        "doorway.png has been added to the evidence.",
                        "CCTV still from the shop doorway",
                        "The shop manager",
                        LocalDate.now(Formats.UK)
                                .minusDays(2)
                                .format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)),
                        "From CCTV",
                        "Evidence added: doorway.png")
                .doesNotContain("No evidence has been added by officers yet.");
        Matcher link = Pattern.compile("href=\"(/cases/" + ref + "/case-evidence/[0-9a-f-]+)\"")
                .matcher(page);
        assertThat(link.find()).isTrue();

        Browser.Page file = investigator.get(link.group(1));
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.header("Content-Type")).isEqualTo("image/png");
        assertThat(file.header("Content-Disposition")).startsWith("attachment").contains("doorway.png");
        assertThat(file.header("Cache-Control")).isEqualTo("no-store");
        byte[] downloaded = investigator.download(link.group(1)).body();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(downloaded));
        assertThat(image.getWidth()).isEqualTo(40);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_event
                        WHERE action = 'DISCLOSURE' AND record_type = 'case-evidence' AND record_id = ? AND actor = 'investigator'""").param(ref).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_event
                        WHERE action = 'COLLECTION' AND record_type = 'case' AND record_id = ? AND actor = 'investigator'""").param(ref).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void the_api_lists_the_officers_files_with_the_reports_and_downloads_them() throws Exception {
        String ref = TestCases.newReport(jdbc, "HNS-CSU");
        Browser investigator = new Browser(port).signedInAs("investigator");
        assertThat(upload(investigator, ref, "doorway.png", png(), answers("2")).status())
                .isEqualTo(302);
        UUID id = idOf(ref, "doorway.png");
        Api api = new Api(port);
        String token = Tokens.of(tokens, accounts, "investigator");
        Api.Response listed = api.get("/api/v1/cases/" + ref + "/evidence", token);
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        assertThat(listed.body())
                .contains(
                        "\"id\":\"" + id + "\"",
                        "\"source\":\"OFFICER\"",
                        "\"scanStatus\":\"" + scanOf(ref) + "\"",
                        "\"description\":\"CCTV still from the shop doorway\"",
                        "\"howObtained\":\"CCTV\"",
                        "\"obtainedOn\":\"" + LocalDate.now(Formats.UK).minusDays(2) + "\"",
                        "\"addedBy\":\"investigator\"");
        Api.Response file = api.get("/api/v1/cases/" + ref + "/evidence/" + id, token, "Accept", "image/png");
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.contentType()).startsWith("image/png");
    }

    @Test
    void a_file_of_the_wrong_type_is_refused_and_every_other_answer_is_kept() throws Exception {
        String ref = TestCases.newReport(jdbc, "HNS-CSU");
        Browser investigator = new Browser(port).signedInAs("investigator");
        byte[] notes = "These are my notes, not a photo".getBytes(StandardCharsets.UTF_8);
        Browser.Page refused = upload(investigator, ref, "notes.txt", notes, answers("3"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body())
                .contains(
                        "There is a problem",
                        "href=\"#file\"",
                        HtmlUtils.htmlEscape(Texts.english(Message.of("uploads.problem.WRONG_TYPE"))),
                        "CCTV still from the shop doorway",
                        "value=\"The shop manager\"",
                        "value=\"" + LocalDate.now(Formats.UK).minusDays(3).getYear() + "\"")
                .containsPattern("value=\"CCTV\"\\s+checked");
        assertThat(stored(ref)).isZero();
    }

    @Test
    void a_file_far_too_large_for_the_server_comes_back_to_the_form_with_the_size_message() throws Exception {
        String ref = TestCases.newReport(jdbc, "HNS-CSU");
        Browser investigator = new Browser(port).signedInAs("investigator");
        // A little over 10 MB reaches the form, which refuses it and keeps every other answer.
        Browser.Page over = upload(investigator, ref, "video.png", new byte[11 * 1024 * 1024], answers("3"));
        assertThat(over.status()).isEqualTo(200);
        assertThat(over.body())
                .contains(
                        HtmlUtils.htmlEscape(Texts.english(Message.of("uploads.problem.TOO_LARGE"))),
                        "CCTV still from the shop doorway");
        // Far over it, the server cannot read the form at all: the form comes back with the same message.
        Browser.Page far = upload(investigator, ref, "video.png", new byte[22 * 1024 * 1024], answers("3"));
        assertThat(far.status()).isEqualTo(302);
        assertThat(far.location()).endsWith("/cases/" + ref + "/evidence/new?tooLarge");
        assertThat(investigator.get("/cases/" + ref + "/evidence/new?tooLarge").body())
                .contains(
                        "There is a problem",
                        "href=\"#file\"",
                        HtmlUtils.htmlEscape(Texts.english(Message.of("uploads.problem.TOO_LARGE"))));
        assertThat(stored(ref)).isZero();
    }

    @Test
    void a_date_in_the_future_or_missing_answers_are_refused_and_the_file_is_asked_for_again() throws Exception {
        String ref = TestCases.newReport(jdbc, "HNS-CSU");
        Browser investigator = new Browser(port).signedInAs("investigator");
        Browser.Page future = upload(investigator, ref, "doorway.png", png(), answers("-1"));
        assertThat(future.status()).isEqualTo(200);
        assertThat(future.body())
                .contains(
                        "href=\"#obtainedOn\"",
                        "The date the evidence was obtained must be today or in the past",
                        "Choose the file again",
                        "CCTV still from the shop doorway");
        Map<String, String> nothing = new LinkedHashMap<>();
        Browser.Page empty = upload(investigator, ref, "", new byte[0], nothing);
        assertThat(empty.body())
                .contains(
                        "Select a file to add",
                        "Enter what the evidence is",
                        "Enter the date the evidence was obtained",
                        "Select how the evidence was obtained");
        assertThat(stored(ref)).isZero();
    }

    @Test
    void someone_who_may_not_change_the_case_cannot_add_to_it_or_open_its_files() throws Exception {
        String ref = TestCases.newReport(jdbc, "HNS-CSU");
        Browser investigator = new Browser(port).signedInAs("investigator");
        assertThat(upload(investigator, ref, "doorway.png", png(), answers("1")).status())
                .isEqualTo(302);
        String download = "/cases/" + ref + "/case-evidence/"
                + jdbc.sql(
                                "SELECT e.id FROM case_evidence e JOIN hate_case c ON c.id = e.case_id WHERE c.reference = ?")
                        .param(ref)
                        .query(UUID.class)
                        .single();

        Browser otherUnit = new Browser(port).signedInAs("investigator2");
        assertThat(otherUnit.get("/cases/" + ref + "/evidence/new").status()).isEqualTo(403);
        assertThat(otherUnit.get(download).status()).isEqualTo(403);
        Browser neighbourhood = new Browser(port).signedInAs("neighbourhood");
        assertThat(neighbourhood.get("/cases/" + ref + "/evidence/new").status())
                .as("a role that does not write on cases")
                .isEqualTo(403);
        assertThat(investigator
                        .get("/cases/" + ref + "/case-evidence/" + UUID.randomUUID())
                        .status())
                .isEqualTo(404);
        assertThat(stored(ref)).isEqualTo(1);
    }

    @Test
    void a_held_file_cannot_be_opened_until_it_is_scanned_and_a_virus_found_later_removes_its_content()
            throws Exception {
        String ref = TestCases.newReport(jdbc, "HNS-CSU");
        Browser investigator = new Browser(port).signedInAs("investigator");
        upload(investigator, ref, "first.png", png(), answers("1"));
        upload(investigator, ref, "second.png", png(), answers("1"));
        UUID first = idOf(ref, "first.png");
        UUID second = idOf(ref, "second.png");
        hold(ref);
        String page = investigator.get("/cases/" + ref).body();
        assertThat(page)
                .contains(
                        Texts.english(ScanStatus.QUARANTINED.label()),
                        "This file is waiting to be checked for viruses");
        Browser.Page held = investigator.get("/cases/" + ref + "/case-evidence/" + first);
        assertThat(held.status()).isEqualTo(409);
        assertThat(held.body()).contains("This file is waiting to be scanned for viruses");

        // As the uploads module's release task does, in one transaction (so that the task itself, which may run
        // meanwhile, cannot take these two first): held again, found, and released.
        transaction.executeWithoutResult(status -> {
            hold(ref);
            assertThat(evidence.held(1000))
                    .extracting(QuarantinedFiles.Held::id)
                    .contains(first, second);
            evidence.released(first, ScanStatus.CLEAN);
            evidence.released(second, ScanStatus.INFECTED);
        });
        assertThat(investigator.get("/cases/" + ref + "/case-evidence/" + first).status())
                .isEqualTo(200);
        assertThat(investigator
                        .get("/cases/" + ref + "/case-evidence/" + second)
                        .status())
                .isEqualTo(409);
        assertThat(jdbc.sql("SELECT content IS NULL FROM case_evidence WHERE id = ?")
                        .param(second)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(investigator.get("/cases/" + ref).body())
                .contains(
                        Texts.english(ScanStatus.INFECTED.label()),
                        "Evidence removed: a virus was found in second.png");
        assertThat(evidence.held(1000)).extracting(QuarantinedFiles.Held::id).doesNotContain(first, second);
    }

    /** Passes once the uploads module scans with clamd (the scanner's work): run it after that is merged. */
    @Test
    void a_file_with_a_virus_is_refused_with_a_plain_message_and_the_other_answers_are_kept() throws Exception {
        assumeTrue(ClamAv.available());
        String ref = TestCases.newReport(jdbc, "HNS-CSU");
        Browser investigator = new Browser(port).signedInAs("investigator");
        Browser.Page refused = upload(investigator, ref, "statement.pdf", ClamAv.infectedPdf(), answers("1"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body())
                .contains(
                        "href=\"#file\"",
                        HtmlUtils.htmlEscape(Texts.english(Message.of("uploads.problem.INFECTED"))),
                        "CCTV still from the shop doorway");
        assertThat(stored(ref)).isZero();
    }

    private static Map<String, String> answers(String daysAgo) {
        LocalDate on = LocalDate.now(Formats.UK).minusDays(Long.parseLong(daysAgo));
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("description", "CCTV still from the shop doorway");
        answers.put("providedBy", "The shop manager");
        answers.put("obtainedOn-day", Integer.toString(on.getDayOfMonth()));
        answers.put("obtainedOn-month", Integer.toString(on.getMonthValue()));
        answers.put("obtainedOn-year", Integer.toString(on.getYear()));
        answers.put("howObtained", "CCTV");
        return answers;
    }

    private long stored(String ref) {
        return jdbc.sql(
                        "SELECT count(*) FROM case_evidence e JOIN hate_case c ON c.id = e.case_id WHERE c.reference = ?")
                .param(ref)
                .query(Long.class)
                .single();
    }

    private void hold(String ref) {
        jdbc.sql("""
                UPDATE case_evidence SET scan_status = 'QUARANTINED'
                WHERE case_id = (SELECT id FROM hate_case WHERE reference = ?)""").param(ref).update();
    }

    private ScanStatus scanOf(String ref) {
        return ScanStatus.valueOf(jdbc.sql("""
                        SELECT e.scan_status FROM case_evidence e JOIN hate_case c ON c.id = e.case_id WHERE c.reference = ?""").param(ref).query(String.class).single());
    }

    private UUID idOf(String ref, String fileName) {
        return jdbc.sql("""
                SELECT e.id FROM case_evidence e JOIN hate_case c ON c.id = e.case_id WHERE c.reference = ? AND e.file_name = ?""").params(ref, fileName).query(UUID.class).single();
    }

    /** A small real PNG: a grey square with a red bar, as a screenshot might be. */
    static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.LIGHT_GRAY);
        g.fillRect(0, 0, 40, 30);
        g.setColor(Color.RED);
        g.fillRect(5, 10, 30, 8);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** Posts the form as a browser would: the answers and the file, to the page's address (with its CSRF token). */
    private static Browser.Page upload(
            Browser browser, String ref, String fileName, byte[] content, Map<String, String> fields) {
        Browser.Page form = browser.get("/cases/" + ref + "/evidence/new");
        Matcher action = Pattern.compile("action=\"(/cases/" + ref + "/evidence/new\\?_csrf=[^\"]+)\"")
                .matcher(form.body());
        assertThat(action.find()).as("the form's address").isTrue();
        return browser.upload(action.group(1), fields, fileName, content);
    }
}
