-- Secure messages between the person who reported (with their reference and tracking code, so anonymous
-- reporters too, or the third-party centre that reported for them) and the officers on the case. Case
-- data: plain text as written, never markup. read_at is when the other side first saw the message.

CREATE TABLE report_message (
    id          BIGSERIAL PRIMARY KEY,
    report_id   UUID NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    sender      TEXT NOT NULL CHECK (sender IN ('REPORTER', 'OFFICER')),
    -- the staff or centre account that wrote it; null for a reporter using their tracking code
    author      TEXT CHECK (length(author) <= 60),
    -- the officer's name as the reporter sees it
    author_name TEXT CHECK (length(author_name) <= 200),
    body        TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
    sent_at     TIMESTAMPTZ NOT NULL,
    read_at     TIMESTAMPTZ,
    CONSTRAINT report_message_officer_named CHECK (sender = 'REPORTER' OR (author IS NOT NULL AND author_name IS NOT NULL))
);
CREATE INDEX report_message_report_idx ON report_message (report_id, sent_at);
-- "new messages from reporters" on the case list and case page
CREATE INDEX report_message_unread_idx ON report_message (report_id) WHERE sender = 'REPORTER' AND read_at IS NULL;
