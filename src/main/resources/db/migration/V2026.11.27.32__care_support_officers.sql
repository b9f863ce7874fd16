-- Hate Crime Support Officers: a supervisor assigns one to a case, on top of the investigating officer.
-- Assignments are kept: a new one ends the last, with who and when.
CREATE TABLE care_support_assignment (
    id              BIGSERIAL PRIMARY KEY,
    case_reference  TEXT NOT NULL,
    support_officer TEXT NOT NULL,
    assigned_by     TEXT NOT NULL,
    assigned_at     TIMESTAMPTZ NOT NULL,
    ended_at        TIMESTAMPTZ,
    ended_by        TEXT,
    CHECK (ended_at IS NULL OR ended_at >= assigned_at)
);
CREATE UNIQUE INDEX care_support_assignment_current_idx ON care_support_assignment (case_reference) WHERE ended_at IS NULL;
CREATE INDEX care_support_assignment_officer_idx ON care_support_assignment (support_officer) WHERE ended_at IS NULL;

-- A support officer's first follow-up with the victim after being assigned (force standard).
INSERT INTO care_rule (rule_set_id, code, amount, unit)
SELECT id, 'FORCE_SUPPORT_FOLLOW_UP', 7, 'DAYS' FROM care_rule_set
ON CONFLICT (rule_set_id, code) DO NOTHING;
