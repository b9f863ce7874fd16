-- Notifications (issue 16): the outbox of what Reassure sends through GOV.UK Notify. A row is written in the
-- transaction of the change that causes it; a database-backed task on any node sends it. The row's id is the
-- `reference` given to Notify, so that a node that died while sending can ask Notify whether it went before trying
-- again. Contact details are kept only while they may still be needed to send (set to null at a final status);
-- the personalisation holds only the template's fields, never the account or a description of anyone.
CREATE TABLE notification (
    id               UUID PRIMARY KEY,
    dedupe_key       TEXT NOT NULL UNIQUE CHECK (length(dedupe_key) <= 300),
    case_reference   TEXT,
    message          TEXT NOT NULL,
    channel          TEXT CHECK (channel IN ('EMAIL', 'SMS', 'LETTER')),
    language         TEXT NOT NULL CHECK (language IN ('en', 'cy')),
    recipient_kind   TEXT NOT NULL CHECK (recipient_kind IN ('VICTIM', 'REPORTER', 'OFFICER', 'ORGANISATION')),
    recipient_key    TEXT,
    personalisation  JSONB NOT NULL DEFAULT '{}',
    email_address    TEXT,
    phone_number     TEXT,
    address_lines    TEXT[] NOT NULL DEFAULT '{}',
    safe_windows     TEXT[] NOT NULL DEFAULT '{}',
    task_key         TEXT,
    status           TEXT NOT NULL CHECK (status IN ('QUEUED', 'SENDING', 'SENT', 'DELIVERED', 'PERMANENT_FAILURE',
                         'TEMPORARY_FAILURE', 'TECHNICAL_FAILURE', 'REJECTED', 'FAILED', 'NOT_SENT_NO_KEY', 'WITHHELD')),
    status_reason    TEXT CHECK (length(status_reason) <= 1000),
    not_before       TIMESTAMPTZ NOT NULL,
    next_attempt_at  TIMESTAMPTZ NOT NULL,
    attempts         INT NOT NULL DEFAULT 0,
    claimed_by       TEXT,
    lease_until      TIMESTAMPTZ,
    template_id      TEXT,
    notify_id        UUID,
    created_at       TIMESTAMPTZ NOT NULL,
    sent_at          TIMESTAMPTZ,
    status_at        TIMESTAMPTZ NOT NULL,
    CONSTRAINT notification_channel_needed CHECK (channel IS NOT NULL OR status = 'WITHHELD')
);
CREATE INDEX notification_due ON notification (next_attempt_at) WHERE status IN ('QUEUED', 'SENDING');
CREATE INDEX notification_case ON notification (case_reference, created_at);
CREATE INDEX notification_notify_id ON notification (notify_id);

-- Every status a notification has had, with when and why: append-only.
CREATE TABLE notification_status_change (
    id               BIGSERIAL PRIMARY KEY,
    notification_id  UUID NOT NULL REFERENCES notification (id),
    status           TEXT NOT NULL,
    reason           TEXT CHECK (length(reason) <= 1000),
    at               TIMESTAMPTZ NOT NULL,
    node             TEXT
);
CREATE INDEX notification_status_change_of ON notification_status_change (notification_id, id);
CREATE FUNCTION notification_status_change_append_only() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'notification_status_change is append-only';
END $$;
CREATE TRIGGER notification_status_change_append_only BEFORE UPDATE OR DELETE ON notification_status_change
    FOR EACH ROW EXECUTE FUNCTION notification_status_change_append_only();
