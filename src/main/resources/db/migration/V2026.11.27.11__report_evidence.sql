-- Evidence the reporter adds to a report: photos, screenshots and PDF documents, checked by their
-- content (not their name) and kept in the database with the report.

-- Files added during the online journey, before the report is sent. The draft key is a random value
-- held in the journey session; only its hash is kept. Drafts older than a day are removed.
CREATE TABLE report_evidence_draft (
    id             UUID PRIMARY KEY,
    draft_key_hash TEXT NOT NULL,
    file_name      TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
    content_type   TEXT NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'image/gif', 'image/webp', 'application/pdf')),
    size_bytes     INT NOT NULL CHECK (size_bytes BETWEEN 1 AND 10485760),
    content        BYTEA NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX report_evidence_draft_key_idx ON report_evidence_draft (draft_key_hash, created_at);
CREATE INDEX report_evidence_draft_created_idx ON report_evidence_draft (created_at);

CREATE TABLE report_evidence (
    id           UUID PRIMARY KEY,
    report_id    UUID NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    file_name    TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
    content_type TEXT NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'image/gif', 'image/webp', 'application/pdf')),
    size_bytes   INT NOT NULL CHECK (size_bytes BETWEEN 1 AND 10485760),
    sha256       TEXT NOT NULL,
    content      BYTEA NOT NULL,
    added_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX report_evidence_report_idx ON report_evidence (report_id);
