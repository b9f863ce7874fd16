-- Randomised trials of victim-care interventions: the plan an analyst registers before the first case,
-- the screening of recorded cases, the concealed allocation sequence and the enrolments.
CREATE TABLE trial (
    id                 BIGSERIAL PRIMARY KEY,
    name               TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
    question           TEXT NOT NULL CHECK (length(question) BETWEEN 1 AND 2000),
    intervention       TEXT NOT NULL CHECK (intervention IN ('SECONDARY_REASSURANCE')),
    status             TEXT NOT NULL CHECK (status IN ('DRAFT', 'RUNNING', 'STOPPED')),
    -- eligibility: empty means any
    strands            TEXT[] NOT NULL DEFAULT '{}',
    unit_codes         TEXT[] NOT NULL DEFAULT '{}',
    channels           TEXT[] NOT NULL DEFAULT '{}',
    period_from        DATE NOT NULL,
    period_to          DATE NOT NULL CHECK (period_to >= period_from),
    control_ratio      INT NOT NULL CHECK (control_ratio BETWEEN 1 AND 5),
    treatment_ratio    INT NOT NULL CHECK (treatment_ratio BETWEEN 1 AND 5),
    stratify_unit      BOOLEAN NOT NULL,
    stratify_strand    BOOLEAN NOT NULL,
    follow_up_days     INT NOT NULL CHECK (follow_up_days BETWEEN 1 AND 730),
    positive_outcome   BOOLEAN NOT NULL,
    target_size        INT NOT NULL CHECK (target_size BETWEEN 4 AND 100000),
    control_risk       NUMERIC(5, 4) NOT NULL CHECK (control_risk > 0 AND control_risk < 1),
    hoped_risk         NUMERIC(5, 4) NOT NULL CHECK (hoped_risk > 0 AND hoped_risk < 1 AND hoped_risk <> control_risk),
    significance       NUMERIC(4, 3) NOT NULL CHECK (significance > 0 AND significance < 0.5),
    created_by         TEXT NOT NULL,
    created_at         TIMESTAMPTZ NOT NULL,
    started_by         TEXT,
    started_at         TIMESTAMPTZ,
    stopped_at         TIMESTAMPTZ,
    CONSTRAINT trial_started_has_time CHECK ((status = 'DRAFT') = (started_at IS NULL))
);

-- A change to a plan once the trial has started: what changed and why, shown with the results.
CREATE TABLE trial_plan_change (
    id         BIGSERIAL PRIMARY KEY,
    trial_id   BIGINT NOT NULL REFERENCES trial (id),
    changed_at TIMESTAMPTZ NOT NULL,
    changed_by TEXT NOT NULL,
    what       TEXT NOT NULL CHECK (length(what) BETWEEN 1 AND 4000),
    reason     TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000)
);
CREATE INDEX trial_plan_change_trial_idx ON trial_plan_change (trial_id, changed_at);

-- Every recorded case a running trial looked at, eligible or not (the first box of the CONSORT flow).
CREATE TABLE trial_screening (
    trial_id       BIGINT NOT NULL REFERENCES trial (id),
    case_reference TEXT NOT NULL,
    screened_at    TIMESTAMPTZ NOT NULL,
    eligible       BOOLEAN NOT NULL,
    reason         TEXT NOT NULL,
    PRIMARY KEY (trial_id, case_reference)
);

-- The allocation sequence: permuted blocks of varying size per stratum, drawn from a secure random source
-- when a stratum needs its next block. Read only by the allocator; no page or API shows a slot until a
-- case has taken it (trial_enrolment).
CREATE TABLE trial_allocation_slot (
    trial_id   BIGINT NOT NULL REFERENCES trial (id),
    stratum    TEXT NOT NULL,
    position   INT NOT NULL CHECK (position >= 1),
    block      INT NOT NULL CHECK (block >= 1),
    block_size INT NOT NULL CHECK (block_size >= 2),
    arm        TEXT NOT NULL CHECK (arm IN ('CONTROL', 'TREATMENT')),
    PRIMARY KEY (trial_id, stratum, position)
);

-- A case in a trial, with its arm and the baseline characteristics (no personal data) at enrolment.
CREATE TABLE trial_enrolment (
    trial_id       BIGINT NOT NULL REFERENCES trial (id),
    case_reference TEXT NOT NULL,
    stratum        TEXT NOT NULL,
    position       INT NOT NULL,
    arm            TEXT NOT NULL CHECK (arm IN ('CONTROL', 'TREATMENT')),
    enrolled_at    TIMESTAMPTZ NOT NULL,
    unit_code      TEXT NOT NULL,
    channel        TEXT NOT NULL,
    strands        TEXT NOT NULL,
    repeat_victim  BOOLEAN NOT NULL,
    PRIMARY KEY (trial_id, case_reference),
    UNIQUE (trial_id, stratum, position),
    FOREIGN KEY (trial_id, stratum, position) REFERENCES trial_allocation_slot (trial_id, stratum, position)
);
CREATE INDEX trial_enrolment_case_idx ON trial_enrolment (case_reference);
