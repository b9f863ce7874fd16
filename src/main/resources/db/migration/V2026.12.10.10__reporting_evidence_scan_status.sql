-- Evidence is now stripped of its metadata and scanned for malware before it is stored. Each file keeps what the
-- scanner said: CLEAN, NOT_SCANNED (no scanner configured), QUARANTINED (held until the scanner answers again: nobody
-- may open it) or INFECTED (found by a later scan: its content is removed, the record of the file stays).
-- Files stored before scanning existed are NOT_SCANNED. A re-encoded image may be larger than the file sent (a WebP
-- or GIF becomes a PNG), so the size is no longer capped at the upload limit here. Rows written without a status are
-- NOT_SCANNED, as the files stored before.

ALTER TABLE report_evidence_draft
    ADD COLUMN scan_status TEXT NOT NULL DEFAULT 'NOT_SCANNED'
        CHECK (scan_status IN ('CLEAN', 'NOT_SCANNED', 'QUARANTINED')),
    DROP CONSTRAINT report_evidence_draft_size_bytes_check,
    ADD CONSTRAINT report_evidence_draft_size_bytes_check CHECK (size_bytes >= 1);
CREATE INDEX report_evidence_draft_held_idx ON report_evidence_draft (created_at) WHERE scan_status = 'QUARANTINED';

ALTER TABLE report_evidence
    ADD COLUMN scan_status TEXT NOT NULL DEFAULT 'NOT_SCANNED'
        CHECK (scan_status IN ('CLEAN', 'NOT_SCANNED', 'QUARANTINED', 'INFECTED')),
    ALTER COLUMN content DROP NOT NULL,
    DROP CONSTRAINT report_evidence_size_bytes_check,
    ADD CONSTRAINT report_evidence_size_bytes_check CHECK (size_bytes >= 1),
    ADD CONSTRAINT report_evidence_content_kept CHECK ((content IS NULL) = (scan_status = 'INFECTED'));
CREATE INDEX report_evidence_held_idx ON report_evidence (added_at) WHERE scan_status = 'QUARANTINED';
