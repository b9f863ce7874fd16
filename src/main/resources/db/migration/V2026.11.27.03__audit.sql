-- The audit log required by the Data Protection Act 2018 s.62: collection, alteration, consultation,
-- disclosure, combination and erasure, with who, what, when, why and the outcome. Append-only: the
-- database refuses UPDATE, DELETE and TRUNCATE, and each entry carries the SHA-256 of the one before it.

CREATE TABLE audit_event (
    seq           BIGINT PRIMARY KEY,
    occurred_at   TIMESTAMPTZ NOT NULL,
    actor         TEXT NOT NULL,
    actor_roles   TEXT NOT NULL DEFAULT '',
    action        TEXT NOT NULL CHECK (action IN ('COLLECTION', 'ALTERATION', 'CONSULTATION', 'DISCLOSURE',
                                                  'COMBINATION', 'ERASURE', 'SIGN_IN', 'SIGN_OUT', 'ACCESS')),
    record_type   TEXT NOT NULL,
    record_id     TEXT,
    justification TEXT,
    outcome       TEXT NOT NULL CHECK (outcome IN ('ALLOWED', 'DENIED')),
    detail        TEXT,
    request_id    TEXT,
    prev_hash     TEXT NOT NULL,
    hash          TEXT NOT NULL UNIQUE
);
CREATE INDEX audit_event_record_idx ON audit_event (record_type, record_id, seq);
CREATE INDEX audit_event_actor_idx ON audit_event (actor, seq);
CREATE INDEX audit_event_time_idx ON audit_event (occurred_at);

CREATE FUNCTION audit_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change();
