-- The victim's needs assessment (Victims' Code right 4), kept as versions: a re-assessment adds a version
-- and never overwrites the last. It carries the contact warnings an officer sees before contacting the
-- victim (safe times, channels refused, no messages) and the flags that confer enhanced rights.
CREATE TABLE care_needs_assessment (
    id                    UUID PRIMARY KEY,
    case_reference        TEXT NOT NULL,
    version               INT NOT NULL CHECK (version > 0),
    interpreter_needed    BOOLEAN NOT NULL,
    language              TEXT CHECK (length(language) BETWEEN 1 AND 100),
    adjustments           TEXT CHECK (length(adjustments) <= 2000),
    risk                  TEXT NOT NULL CHECK (risk IN ('STANDARD', 'MEDIUM', 'HIGH')),
    risk_reasons          TEXT CHECK (length(risk_reasons) <= 2000),
    vulnerable            BOOLEAN NOT NULL,
    intimidated           BOOLEAN NOT NULL,
    persistently_targeted BOOLEAN NOT NULL,
    support_wanted        TEXT CHECK (length(support_wanted) <= 2000),
    safe_times            TEXT CHECK (length(safe_times) <= 500),
    refused_channels      TEXT[] NOT NULL DEFAULT '{}'
                          CHECK (refused_channels <@ ARRAY['PHONE', 'IN_PERSON', 'EMAIL', 'LETTER', 'MESSAGE']::TEXT[]),
    no_messages           BOOLEAN NOT NULL,
    assessed_by           TEXT NOT NULL,
    assessed_at           TIMESTAMPTZ NOT NULL,
    UNIQUE (case_reference, version),
    CONSTRAINT care_needs_interpreter_language CHECK (NOT interpreter_needed OR language IS NOT NULL),
    CONSTRAINT care_needs_risk_reasons CHECK (risk = 'STANDARD' OR risk_reasons IS NOT NULL)
);

-- How often and by which channel the victim agreed to be updated (right 6: agreed with the victim and
-- changeable at any time). Append-only: the newest row is the agreement; each change keeps who, when, why.
CREATE TABLE care_contact_agreement (
    id             BIGSERIAL PRIMARY KEY,
    case_reference TEXT NOT NULL,
    channel        TEXT NOT NULL CHECK (channel IN ('PHONE', 'IN_PERSON', 'EMAIL', 'LETTER', 'MESSAGE')),
    every_days     INT NOT NULL CHECK (every_days BETWEEN 1 AND 365),
    reason         TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
    assessment_id  UUID REFERENCES care_needs_assessment (id),
    agreed_by      TEXT NOT NULL,
    agreed_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX care_contact_agreement_case_idx ON care_contact_agreement (case_reference, id DESC);

-- A contact by a channel the victim refused needs the officer's reason.
ALTER TABLE care_contact ADD COLUMN refused_channel_reason TEXT CHECK (length(refused_channel_reason) <= 500);

-- Who holds a task: the case's officer (it follows reallocation), the unit's supervisors, or the hate crime
-- support officer assigned to the case.
ALTER TABLE care_task ADD COLUMN holder TEXT NOT NULL DEFAULT 'OFFICER' CHECK (holder IN ('OFFICER', 'SUPERVISOR', 'SUPPORT_OFFICER'));
CREATE INDEX care_task_supervisor_idx ON care_task (unit_id, due_at) WHERE holder = 'SUPERVISOR' AND status IN ('OPEN', 'OVERDUE');

INSERT INTO care_rule (rule_set_id, code, amount, unit)
SELECT s.id, r.code, r.amount, r.unit FROM care_rule_set s, (VALUES
    ('VICTIMS_CODE_UPDATE_AGREED', 90, 'DAYS'),
    ('FORCE_HIGH_RISK_REVIEW', 1, 'WORKING_DAYS')) AS r (code, amount, unit)
ON CONFLICT (rule_set_id, code) DO NOTHING;
