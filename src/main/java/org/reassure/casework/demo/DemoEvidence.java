package org.reassure.casework.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.reassure.casework.internal.CaseHistory;
import org.reassure.casework.internal.HowObtained;
import org.reassure.identity.Units;
import org.reassure.platform.DemoData;
import org.reassure.platform.Formats;
import org.reassure.uploads.Upload;
import org.reassure.uploads.Uploads;

/**
 * Two files the Hounslow investigator added to the two most recent cases under investigation in their unit: a
 * screenshot of a message and a CCTV still, both drawn here (shapes only, no real person or text), made safe by the
 * uploads module as any officer's file is.
 */
@Component
class DemoEvidence implements DemoData {

    private record Piece(String fileName, byte[] content, String description, String providedBy, HowObtained how) {}

    private final JdbcClient jdbc;
    private final Uploads uploads;
    private final CaseHistory history;
    private final Clock clock;
    private final Units units;

    DemoEvidence(JdbcClient jdbc, Uploads uploads, CaseHistory history, Clock clock, Units units) {
        this.units = units;
        this.clock = clock;
        this.jdbc = jdbc;
        this.uploads = uploads;
        this.history = history;
    }

    @Override
    public int order() {
        return 21;
    }

    @Override
    public void load() {
        record Case(UUID id, Instant receivedAt) {}
        List<Case> cases = jdbc.sql("""
                SELECT c.id, c.received_at FROM hate_case c
                WHERE c.unit_id = ? AND c.status = 'UNDER_INVESTIGATION' AND NOT c.restricted
                ORDER BY c.received_at DESC, c.reference LIMIT 2""")
                .param(units.findByCode("HNS-CSU").orElseThrow().id())
                .query((rs, n) ->
                        new Case(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant()))
                .list();
        List<Piece> pieces = List.of(
                new Piece(
                        "message-screenshot.png",
                        screenshot(),
                        "Screenshot of the message sent to the victim the evening after the incident",
                        "The victim",
                        HowObtained.FROM_VICTIM),
                new Piece(
                        "shop-doorway-cctv.png",
                        cctvStill(),
                        "CCTV still from the shop doorway, camera 2, showing a man in a red cap leaving at 9:14pm",
                        "The shop manager",
                        HowObtained.CCTV));
        for (int i = 0; i < cases.size(); i++) {
            add(cases.get(i).id(), cases.get(i).receivedAt(), pieces.get(i));
        }
    }

    private void add(UUID caseId, Instant received, Piece piece) {
        if (!(uploads.check(piece.fileName(), piece.content(), "demo") instanceof Upload.Accepted safe)) {
            return;
        }
        Instant added = received.plus(Duration.ofHours(26));
        LocalDate obtained =
                received.plus(Duration.ofHours(20)).atZone(Formats.UK).toLocalDate();
        jdbc.sql("""
                INSERT INTO case_evidence (id, case_id, file_name, content_type, size_bytes, sha256, content, scan_status,
                                           description, provided_by, obtained_on, how_obtained, added_by, added_at)
                VALUES (?, ?, ?, ?, ?, encode(sha256(?), 'hex'), ?, ?, ?, ?, ?, ?, 'investigator', ?)""")
                .params(
                        UUID.nameUUIDFromBytes(piece.fileName().getBytes(StandardCharsets.UTF_8)),
                        caseId,
                        safe.fileName(),
                        safe.contentType(),
                        safe.content().length,
                        safe.content(),
                        safe.content(),
                        safe.scan().name(),
                        piece.description(),
                        piece.providedBy(),
                        Date.valueOf(obtained),
                        piece.how().name(),
                        Timestamp.from(added))
                .update();
        history.write(caseId, added, "investigator", null, null, "Evidence added: " + safe.fileName(), null);
    }

    /** A phone screenshot of a conversation: grey and blue message bubbles, their words shown as lines. */
    static byte[] screenshot() {
        BufferedImage image = new BufferedImage(360, 640, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(image, new Color(0xF2, 0xF2, 0xF2));
        g.setColor(new Color(0x1D, 0x70, 0xB8));
        g.fillRect(0, 0, 360, 56);
        int y = 90;
        for (int bubble = 0; bubble < 5; bubble++) {
            boolean theirs = bubble % 2 == 0;
            int width = 180 + (bubble * 37) % 90;
            int x = theirs ? 16 : 344 - width;
            g.setColor(theirs ? Color.WHITE : new Color(0xD2, 0xE6, 0xF5));
            g.fillRoundRect(x, y, width, 70, 24, 24);
            g.setColor(new Color(0x50, 0x5A, 0x5F));
            for (int line = 0; line < 3; line++) {
                g.fillRect(x + 14, y + 16 + line * 16, width - 40 - (line * 23) % 50, 6);
            }
            y += 96;
        }
        return png(image, g);
    }

    /** A dark CCTV still: a shop doorway, a figure in a red cap, and the timestamp bar. */
    static byte[] cctvStill() {
        BufferedImage image = new BufferedImage(480, 320, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(image, new Color(0x3A, 0x3D, 0x40));
        g.setColor(new Color(0x5C, 0x60, 0x63));
        g.fillRect(150, 40, 180, 260);
        g.setColor(new Color(0x24, 0x26, 0x28));
        g.fillRect(165, 55, 150, 245);
        g.setColor(new Color(0x8A, 0x8D, 0x90));
        g.fillOval(218, 120, 44, 52);
        g.fillRoundRect(205, 170, 70, 120, 20, 20);
        g.setColor(new Color(0xB0, 0x23, 0x23));
        g.fillArc(214, 108, 52, 36, 0, 180);
        g.setColor(Color.BLACK);
        g.fillRect(0, 292, 480, 28);
        g.setColor(new Color(0xE0, 0xE0, 0xE0));
        for (int block = 0; block < 8; block++) {
            g.fillRect(12 + block * 22, 302, 14, 8);
        }
        return png(image, g);
    }

    private static Graphics2D start(BufferedImage image, Color background) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(background);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        return g;
    }

    private static byte[] png(BufferedImage image, Graphics2D g) {
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toByteArray();
    }
}
