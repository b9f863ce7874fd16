-- Synthetic data: every run of the generator, and every case it wrote, so that generated cases can be
-- told apart from real ones (their references also start with SY, which real references never do) and
-- removed together. The randomised secondary reassurance contact (SRC) arm of each eligible case is kept
-- here, so that a trial analysis can be checked against the effect the run was asked to build in.

CREATE TABLE synthetic_run (
    id          BIGSERIAL PRIMARY KEY,
    seed        BIGINT NOT NULL,
    cases       INT NOT NULL CHECK (cases > 0),
    period_from DATE NOT NULL,
    period_to   DATE NOT NULL CHECK (period_to > period_from),
    src_effect  DOUBLE PRECISION NOT NULL CHECK (src_effect >= 0 AND src_effect < 1),
    options     TEXT NOT NULL CHECK (length(options) <= 2000),
    run_by      TEXT NOT NULL,
    started_at  TIMESTAMPTZ NOT NULL,
    finished_at TIMESTAMPTZ
);

CREATE TABLE synthetic_case (
    case_id        UUID PRIMARY KEY REFERENCES hate_case (id) ON DELETE CASCADE,
    run_id         BIGINT NOT NULL REFERENCES synthetic_run (id),
    -- for cases eligible for an SRC (a recorded crime with a victim who can be contacted, still open with
    -- support not withdrawn when the SRC window opened): the arm the case was randomised to, and when
    src_arm        TEXT CHECK (src_arm IN ('TREATMENT', 'CONTROL')),
    randomised_at  TIMESTAMPTZ,
    CHECK ((src_arm IS NULL) = (randomised_at IS NULL))
);
CREATE INDEX synthetic_case_run_idx ON synthetic_case (run_id);
