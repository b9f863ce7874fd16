package org.reassure.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.platform.Formats;
import org.reassure.uploads.ScanStatus;

/**
 * The evidence files of a report, for staff who may see the case (the caller checks that: this module
 * does not know about units). Each file was checked, stripped of its metadata and scanned when it was added.
 */
@Service
public class ReportEvidence {

    /**
     * A file's description. {@code scanStatus} says whether it may be opened ({@link ScanStatus#openable()}): a file
     * waiting to be scanned or found infected is listed but not opened.
     */
    public record FileInfo(
            UUID id,
            String fileName,
            String contentType,
            int sizeBytes,
            String sha256,
            Instant addedAt,
            ScanStatus scanStatus) {

        /** The size as people read it, like "2.4 MB" or "310 KB". */
        public String size() {
            return Formats.fileSize(sizeBytes);
        }
    }

    /** A file and its content; the content is null when the file cannot be opened (see {@link #open}). */
    public record File(FileInfo info, byte[] content) {}

    private final JdbcClient jdbc;

    ReportEvidence(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<FileInfo> of(String reference) {
        return jdbc.sql("""
                SELECT e.id, e.file_name, e.content_type, e.size_bytes, e.sha256, e.added_at, e.scan_status
                FROM report_evidence e JOIN report r ON r.id = e.report_id WHERE r.reference = ? ORDER BY e.added_at, e.file_name""").param(reference).query((rs, n) -> info(rs)).list();
    }

    /**
     * A file of the report; its content only when it may be opened (scanned clean, or stored where no scanner is
     * configured): a file waiting to be scanned or found infected comes with its description and no content.
     */
    @Transactional(readOnly = true)
    public Optional<File> open(String reference, UUID id) {
        return jdbc.sql("""
                SELECT e.id, e.file_name, e.content_type, e.size_bytes, e.sha256, e.added_at, e.scan_status, e.content
                FROM report_evidence e JOIN report r ON r.id = e.report_id WHERE r.reference = ? AND e.id = ?""")
                .params(reference, id)
                .query((rs, n) -> {
                    FileInfo info = info(rs);
                    return new File(info, info.scanStatus().openable() ? rs.getBytes("content") : null);
                })
                .optional();
    }

    private static FileInfo info(ResultSet rs) throws SQLException {
        return new FileInfo(
                rs.getObject("id", UUID.class),
                rs.getString("file_name"),
                rs.getString("content_type"),
                rs.getInt("size_bytes"),
                rs.getString("sha256"),
                rs.getTimestamp("added_at").toInstant(),
                ScanStatus.valueOf(rs.getString("scan_status")));
    }
}
