-- Evidence officers add to a case: a file (made safe by the uploads module before it is stored: its type read from
-- its content, its metadata stripped, scanned for malware), what it is, who provided it, when and how it was
-- obtained, and who added it. A file the scanner could not reach is held (QUARANTINED) until it is scanned; one found
-- infected later loses its content and keeps only this record.
CREATE TABLE case_evidence (
    id           UUID PRIMARY KEY,
    case_id      UUID NOT NULL REFERENCES hate_case (id) ON DELETE CASCADE,
    file_name    TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
    content_type TEXT NOT NULL CHECK (content_type LIKE 'image/%' OR content_type = 'application/pdf'),
    size_bytes   INT NOT NULL CHECK (size_bytes BETWEEN 1 AND 10485760),
    sha256       TEXT NOT NULL,
    content      BYTEA,
    scan_status  TEXT NOT NULL CHECK (scan_status IN ('CLEAN', 'NOT_SCANNED', 'QUARANTINED', 'INFECTED')),
    description  TEXT NOT NULL CHECK (length(description) BETWEEN 1 AND 2000),
    provided_by  TEXT CHECK (length(provided_by) <= 200),
    obtained_on  DATE NOT NULL,
    how_obtained TEXT NOT NULL CHECK (how_obtained IN ('FROM_VICTIM', 'FROM_WITNESS', 'OFFICER_DEVICE', 'CCTV', 'ONLINE', 'OTHER')),
    added_by     TEXT NOT NULL,
    added_at     TIMESTAMPTZ NOT NULL,
    CHECK (content IS NOT NULL OR scan_status = 'INFECTED')
);
CREATE INDEX case_evidence_case_idx ON case_evidence (case_id, added_at);
CREATE INDEX case_evidence_held_idx ON case_evidence (added_at) WHERE scan_status = 'QUARANTINED';
