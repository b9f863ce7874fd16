-- How satisfied the victim is with the service, asked once the investigation has finished: online on
-- "track my report", or by a member of staff in a satisfaction survey call. One set of answers per case.
-- The scale is the Home Office user satisfaction survey's seven points: 1 completely dissatisfied,
-- 4 neither satisfied nor dissatisfied, 7 completely satisfied.
CREATE TABLE victim_satisfaction (
    case_reference TEXT PRIMARY KEY,
    overall        SMALLINT NOT NULL CHECK (overall BETWEEN 1 AND 7),
    kept_informed  SMALLINT CHECK (kept_informed BETWEEN 1 AND 7),
    treatment      SMALLINT CHECK (treatment BETWEEN 1 AND 7),
    comments       TEXT CHECK (char_length(comments) BETWEEN 1 AND 2000),
    respondent     TEXT NOT NULL CHECK (respondent IN ('VICTIM', 'ON_BEHALF', 'WITNESS')),
    channel        TEXT NOT NULL CHECK (channel IN ('ONLINE', 'TELEPHONE', 'IN_PERSON')),
    answered_at    TIMESTAMPTZ NOT NULL,
    recorded_by    TEXT,
    CONSTRAINT victim_satisfaction_staff_records_offline CHECK ((channel = 'ONLINE') = (recorded_by IS NULL))
);
CREATE INDEX victim_satisfaction_by_answered_at ON victim_satisfaction (answered_at);
