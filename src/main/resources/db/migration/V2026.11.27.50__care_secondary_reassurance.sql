-- Secondary reassurance contact (SRC): whether a case should have one, decided once per case by the force
-- policy or by a trial's allocation. One row a case, so the outcome does not depend on which of the two
-- listeners of the recorded case runs first: a trial's decision always overrides the force policy.
CREATE TABLE care_src_directive (
    case_reference TEXT PRIMARY KEY,
    directive      TEXT NOT NULL CHECK (directive IN ('REQUIRED', 'WITHHELD')),
    source         TEXT NOT NULL CHECK (source IN ('POLICY', 'TRIAL')),
    reason         TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
    decided_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX care_contact_src_made_idx ON care_contact (case_reference) WHERE kind = 'SECONDARY_REASSURANCE' AND outcome = 'MADE';
