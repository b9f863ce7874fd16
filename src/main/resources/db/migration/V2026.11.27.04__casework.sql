-- Case work: the hate crime case and what it carries from the first report onwards. Later migrations
-- add recording decisions, people and places, care and referrals around it.

CREATE TABLE strand (
    code       TEXT PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z_]{1,39}$'),
    name       TEXT NOT NULL,
    -- the five strands monitored nationally, or one a force monitors locally
    monitored  BOOLEAN NOT NULL,
    active     BOOLEAN NOT NULL DEFAULT TRUE,
    sort_order INT NOT NULL
);
INSERT INTO strand (code, name, monitored, sort_order) VALUES
    ('RACE', 'Race or ethnicity', TRUE, 1),
    ('RELIGION', 'Religion or belief', TRUE, 2),
    ('SEXUAL_ORIENTATION', 'Sexual orientation', TRUE, 3),
    ('DISABILITY', 'Disability', TRUE, 4),
    ('TRANSGENDER', 'Transgender identity', TRUE, 5),
    ('ALTERNATIVE_SUBCULTURE', 'Alternative subculture', FALSE, 6),
    ('SEX', 'Sex or gender', FALSE, 7);

CREATE TABLE hate_case (
    id               UUID PRIMARY KEY,
    reference        TEXT NOT NULL UNIQUE,
    status           TEXT NOT NULL CHECK (status IN ('REPORTED', 'RECORDED', 'ALLOCATED', 'UNDER_INVESTIGATION',
                                                     'FINALISED', 'CLOSED')),
    channel          TEXT NOT NULL CHECK (channel IN ('ONLINE', 'THIRD_PARTY', 'KIOSK', 'PHONE', 'FRONT_COUNTER',
                                                      'HOME_VISIT')),
    anonymous        BOOLEAN NOT NULL DEFAULT FALSE,
    received_at      TIMESTAMPTZ NOT NULL,
    occurred_at      TIMESTAMPTZ,
    unit_id          BIGINT NOT NULL REFERENCES unit (id),
    officer_id       BIGINT REFERENCES staff_user (id),
    restricted       BOOLEAN NOT NULL DEFAULT FALSE,
    online           BOOLEAN NOT NULL DEFAULT FALSE,
    -- the reporter's own words: what happened, and why they think it happened
    account          TEXT NOT NULL CHECK (length(account) BETWEEN 1 AND 20000),
    hostility_reason TEXT CHECK (length(hostility_reason) <= 5000),
    perceived_by     TEXT NOT NULL CHECK (perceived_by IN ('VICTIM', 'WITNESS', 'THIRD_PARTY', 'OFFICER')),
    outcome_code     INT CHECK (outcome_code BETWEEN 1 AND 23),
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT hate_case_finalised_has_outcome CHECK (status NOT IN ('FINALISED', 'CLOSED') OR outcome_code IS NOT NULL)
);
CREATE INDEX hate_case_unit_status_idx ON hate_case (unit_id, status, received_at DESC);
CREATE INDEX hate_case_received_idx ON hate_case (received_at DESC);
CREATE INDEX hate_case_officer_idx ON hate_case (officer_id) WHERE officer_id IS NOT NULL;

CREATE TABLE case_strand (
    case_id     UUID NOT NULL REFERENCES hate_case (id) ON DELETE CASCADE,
    strand_code TEXT NOT NULL REFERENCES strand (code),
    PRIMARY KEY (case_id, strand_code)
);
CREATE INDEX case_strand_strand_idx ON case_strand (strand_code);

-- Append-only history of every change to a case: who, when, from and to, and why.
CREATE TABLE case_history (
    id          BIGSERIAL PRIMARY KEY,
    case_id     UUID NOT NULL REFERENCES hate_case (id),
    at          TIMESTAMPTZ NOT NULL,
    actor       TEXT NOT NULL,
    from_status TEXT,
    to_status   TEXT,
    what        TEXT NOT NULL,
    reason      TEXT
);
CREATE INDEX case_history_case_idx ON case_history (case_id, at);

CREATE FUNCTION case_history_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'case_history is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER case_history_no_update BEFORE UPDATE OR DELETE ON case_history
    FOR EACH ROW EXECUTE FUNCTION case_history_refuse_change();
