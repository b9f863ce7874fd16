-- Victim care: the working-day calendar, the Victims' Code entitlements as versioned rule sets, care
-- tasks with their clocks, the contact log, the reminders and escalations the clocks raise, and the
-- table db-scheduler keeps its durable timers in.

-- Bank holidays of England and Wales. Administrable data: a one-off day (a jubilee, a state funeral) is
-- a row added by an administrator, not a release.
CREATE TABLE bank_holiday (
    day      DATE PRIMARY KEY,
    name     TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    added_by TEXT NOT NULL DEFAULT 'reassure'
);

-- Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
CREATE FUNCTION care_easter_sunday(y INT) RETURNS DATE LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    a INT := y % 19; b INT := y / 100; c INT := y % 100; d INT := b / 4; e INT := b % 4;
    f INT := (b + 8) / 25; g INT := (b - f + 1) / 3; h INT := (19 * a + b - d - g + 15) % 30;
    i INT := c / 4; k INT := c % 4; l INT := (32 + 2 * e + 2 * i - h - k) % 7;
    m INT := (a + 11 * h + 22 * l) / 451;
BEGIN
    RETURN make_date(y, (h + l - 7 * m + 114) / 31, ((h + l - 7 * m + 114) % 31) + 1);
END;
$$;

-- The regular bank holidays of England and Wales for one year (Banking and Financial Dealings Act 1971
-- and the annual proclamations), with substitute days when a holiday falls at a weekend.
CREATE FUNCTION care_regular_bank_holidays(y INT) RETURNS TABLE (day DATE, name TEXT) LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    new_year DATE := make_date(y, 1, 1);
    christmas DATE := make_date(y, 12, 25);
    boxing DATE := make_date(y, 12, 26);
    easter DATE := care_easter_sunday(y);
    may1 DATE := make_date(y, 5, 1);
    may31 DATE := make_date(y, 5, 31);
    aug31 DATE := make_date(y, 8, 31);
BEGIN
    day := CASE extract(isodow FROM new_year) WHEN 6 THEN new_year + 2 WHEN 7 THEN new_year + 1 ELSE new_year END;
    name := CASE WHEN day = new_year THEN 'New Year''s Day' ELSE 'New Year''s Day (substitute day)' END;
    RETURN NEXT;
    day := easter - 2; name := 'Good Friday'; RETURN NEXT;
    day := easter + 1; name := 'Easter Monday'; RETURN NEXT;
    -- first Monday in May, last Monday in May, last Monday in August
    day := may1 + ((8 - extract(isodow FROM may1)::INT) % 7); name := 'Early May bank holiday'; RETURN NEXT;
    day := may31 - ((extract(isodow FROM may31)::INT - 1) % 7); name := 'Spring bank holiday'; RETURN NEXT;
    day := aug31 - ((extract(isodow FROM aug31)::INT - 1) % 7); name := 'Summer bank holiday'; RETURN NEXT;
    -- Christmas on a Saturday: Monday 27 and Tuesday 28 replace it and Boxing Day (Sunday);
    -- on a Sunday: Boxing Day is Monday 26, Christmas moves to Tuesday 27; Boxing Day on a Saturday: Monday 28.
    CASE extract(isodow FROM christmas)
        WHEN 6 THEN
            day := christmas + 2; name := 'Christmas Day (substitute day)'; RETURN NEXT;
            day := christmas + 3; name := 'Boxing Day (substitute day)'; RETURN NEXT;
        WHEN 7 THEN
            day := christmas + 2; name := 'Christmas Day (substitute day)'; RETURN NEXT;
            day := boxing; name := 'Boxing Day'; RETURN NEXT;
        WHEN 5 THEN
            day := christmas; name := 'Christmas Day'; RETURN NEXT;
            day := boxing + 2; name := 'Boxing Day (substitute day)'; RETURN NEXT;
        ELSE
            day := christmas; name := 'Christmas Day'; RETURN NEXT;
            day := boxing; name := 'Boxing Day'; RETURN NEXT;
    END CASE;
END;
$$;

INSERT INTO bank_holiday (day, name)
SELECT h.day, h.name FROM generate_series(2020, 2040) AS y, care_regular_bank_holidays(y) AS h;

-- Published changes and one-off days (gov.uk/bank-holidays).
UPDATE bank_holiday SET day = DATE '2020-05-08', name = 'Early May bank holiday (VE day)' WHERE day = DATE '2020-05-04';
UPDATE bank_holiday SET day = DATE '2022-06-02' WHERE day = DATE '2022-05-30';
INSERT INTO bank_holiday (day, name) VALUES
    (DATE '2022-06-03', 'Platinum Jubilee bank holiday'),
    (DATE '2022-09-19', 'Bank holiday for the State Funeral of Queen Elizabeth II'),
    (DATE '2023-05-08', 'Bank holiday for the coronation of King Charles III');

-- The Victims' Code entitlements as versioned data. Sets follow one another without gap or overlap;
-- the constraint refuses an overlap even if the application's own check is bypassed.
CREATE TABLE care_rule_set (
    id             BIGSERIAL PRIMARY KEY,
    version        INT NOT NULL UNIQUE CHECK (version > 0),
    effective_from DATE NOT NULL,
    effective_to   DATE CHECK (effective_to IS NULL OR effective_to > effective_from),
    description    TEXT NOT NULL CHECK (length(description) BETWEEN 1 AND 500),
    published_by   TEXT NOT NULL,
    published_at   TIMESTAMPTZ NOT NULL,
    CONSTRAINT care_rule_set_no_overlap EXCLUDE USING gist (daterange(effective_from, effective_to, '[)') WITH &&)
);

CREATE TABLE care_rule (
    rule_set_id BIGINT NOT NULL REFERENCES care_rule_set (id),
    code        TEXT NOT NULL CHECK (code ~ '^[A-Z][A-Z_]{2,59}$'),
    amount      INT NOT NULL CHECK (amount BETWEEN 1 AND 1000),
    unit        TEXT NOT NULL CHECK (unit IN ('HOURS', 'DAYS', 'WORKING_DAYS', 'MONTHS')),
    PRIMARY KEY (rule_set_id, code)
);

INSERT INTO care_rule_set (version, effective_from, description, published_by, published_at)
VALUES (1, DATE '2021-04-01', 'Code of Practice for Victims of Crime in England and Wales (2020), with the force contact standard',
        'reassure', now());
INSERT INTO care_rule (rule_set_id, code, amount, unit)
SELECT s.id, r.code, r.amount, r.unit FROM care_rule_set s, (VALUES
    ('VICTIMS_CODE_FIRST_CONTACT', 24, 'HOURS'),
    ('VICTIMS_CODE_NEEDS_ASSESSMENT', 24, 'HOURS'),
    ('VICTIMS_CODE_REFERRAL', 2, 'WORKING_DAYS'),
    ('VICTIMS_CODE_DECISION_ENHANCED', 1, 'WORKING_DAYS'),
    ('VICTIMS_CODE_DECISION_STANDARD', 5, 'WORKING_DAYS'),
    ('VICTIMS_CODE_UPDATE_FIRST', 10, 'DAYS'),
    ('VICTIMS_CODE_UPDATE_REGULAR', 28, 'DAYS'),
    ('VICTIMS_CODE_SRC_OPENS', 7, 'DAYS'),
    ('VICTIMS_CODE_SRC_CLOSES', 21, 'DAYS'),
    ('VICTIMS_CODE_VRR_REQUEST', 3, 'MONTHS'),
    ('VICTIMS_CODE_VRR_ACKNOWLEDGE', 10, 'WORKING_DAYS'),
    ('VICTIMS_CODE_VRR_DECISION', 30, 'WORKING_DAYS')) AS r (code, amount, unit)
WHERE s.version = 1;

-- One care task per promise to a victim, with its clock. The case is named by its reference: victim
-- care reads cases only through case work's published API.
CREATE TABLE care_task (
    id             UUID PRIMARY KEY,
    case_reference TEXT NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('FIRST_CONTACT', 'NEEDS_ASSESSMENT', 'UPDATE', 'DECISION_NOTICE',
                                                 'SECONDARY_REASSURANCE', 'SUPPORT_FOLLOW_UP', 'REFERRAL', 'SUPERVISOR_REVIEW')),
    -- what started the clock, so that an event handled twice makes no second task
    trigger_key    TEXT NOT NULL,
    unit_id        BIGINT NOT NULL REFERENCES unit (id),
    assignee       TEXT,
    rule_set_id    BIGINT NOT NULL REFERENCES care_rule_set (id),
    rule_code      TEXT NOT NULL,
    started_at     TIMESTAMPTZ NOT NULL,
    due_at         TIMESTAMPTZ NOT NULL,
    status         TEXT NOT NULL CHECK (status IN ('OPEN', 'OVERDUE', 'DONE', 'CLOSED')),
    completed_at   TIMESTAMPTZ,
    completed_by   TEXT,
    closed_reason  TEXT,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (case_reference, kind, trigger_key),
    FOREIGN KEY (rule_set_id, rule_code) REFERENCES care_rule (rule_set_id, code),
    CONSTRAINT care_task_done_has_time CHECK ((status = 'DONE') = (completed_at IS NOT NULL))
);
CREATE INDEX care_task_case_idx ON care_task (case_reference, due_at);
CREATE INDEX care_task_assignee_idx ON care_task (assignee, status, due_at) WHERE assignee IS NOT NULL;
CREATE INDEX care_task_unit_due_idx ON care_task (unit_id, due_at);

-- Every attempted and made contact with a victim.
CREATE TABLE care_contact (
    id             UUID PRIMARY KEY,
    case_reference TEXT NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('FIRST_CONTACT', 'NEEDS_ASSESSMENT', 'UPDATE', 'DECISION_NOTICE',
                                                 'SECONDARY_REASSURANCE', 'SUPPORT_FOLLOW_UP')),
    channel        TEXT NOT NULL CHECK (channel IN ('PHONE', 'IN_PERSON', 'EMAIL', 'LETTER', 'MESSAGE')),
    outcome        TEXT NOT NULL CHECK (outcome IN ('MADE', 'NO_ANSWER', 'DECLINED')),
    at             TIMESTAMPTZ NOT NULL,
    note           TEXT CHECK (length(note) <= 2000),
    recorded_by    TEXT NOT NULL,
    recorded_at    TIMESTAMPTZ NOT NULL,
    completed_task UUID REFERENCES care_task (id)
);
CREATE INDEX care_contact_case_idx ON care_contact (case_reference, at DESC);

-- What the clocks raise: a reminder to the assignee before the due time, an escalation to the unit's
-- supervisors at breach. One of each per task at most.
CREATE TABLE care_alert (
    id        BIGSERIAL PRIMARY KEY,
    task_id   UUID NOT NULL REFERENCES care_task (id),
    kind      TEXT NOT NULL CHECK (kind IN ('REMINDER', 'ESCALATION')),
    unit_id   BIGINT NOT NULL REFERENCES unit (id),
    recipient TEXT,
    raised_at TIMESTAMPTZ NOT NULL,
    UNIQUE (task_id, kind)
);
CREATE INDEX care_alert_unit_idx ON care_alert (unit_id, kind, raised_at DESC);

-- Each firing of a clock, with the node that fired it: the evidence that a clock fires exactly once.
CREATE TABLE care_clock_firing (
    id         BIGSERIAL PRIMARY KEY,
    instance   TEXT NOT NULL,
    node       TEXT NOT NULL,
    fired_at   TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX care_clock_firing_instance_idx ON care_clock_firing (instance);

-- db-scheduler's durable timers (PostgreSQL schema of db-scheduler 16).
CREATE TABLE scheduled_tasks (
    task_name            TEXT NOT NULL,
    task_instance        TEXT NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMPTZ NOT NULL,
    picked               BOOLEAN NOT NULL,
    picked_by            TEXT,
    last_success         TIMESTAMPTZ,
    last_failure         TIMESTAMPTZ,
    consecutive_failures INT,
    last_heartbeat       TIMESTAMPTZ,
    version              BIGINT NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC);
