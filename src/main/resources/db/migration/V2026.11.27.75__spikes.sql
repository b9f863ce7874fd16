-- Spike alerts: each day's count of hate crime per strand and area (a borough, or the whole force) against
-- its expected level, and one alert per ongoing spike. Only aggregates are kept here: no case, no person.

-- Daily counts carried over from a force's previous records system, for the days before it used Reassure,
-- so that a force new to the service has history to set expected levels from. A row with 0 cases still
-- says the force kept records that day.
CREATE TABLE spike_history_count (
    day         DATE NOT NULL,
    unit_id     BIGINT NOT NULL REFERENCES unit (id),
    strand_code TEXT NOT NULL REFERENCES strand (code),
    cases       INT NOT NULL CHECK (cases >= 0),
    imported_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (day, unit_id, strand_code)
);

-- Each day checked, by the daily task or on an analyst's request; a partial check is of today so far.
CREATE TABLE spike_check (
    day        DATE PRIMARY KEY,
    checked_at TIMESTAMPTZ NOT NULL,
    checked_by TEXT NOT NULL,
    series     INT NOT NULL CHECK (series >= 0),
    partial    BOOLEAN NOT NULL
);

-- What the detector found for each series on each day checked. expected is NULL when there was not enough
-- history to set an expected level. threshold is the count at or above which the day (or the 7 days to it) is
-- a significant rise.
CREATE TABLE spike_observation (
    area_unit_id   BIGINT NOT NULL REFERENCES unit (id),
    strand_code    TEXT NOT NULL REFERENCES strand (code),
    day            DATE NOT NULL,
    observed       INT NOT NULL CHECK (observed >= 0),
    expected       DOUBLE PRECISION CHECK (expected >= 0),
    threshold      INT,
    observed_week  INT NOT NULL CHECK (observed_week >= 0),
    expected_week  DOUBLE PRECISION CHECK (expected_week >= 0),
    threshold_week INT,
    flagged        BOOLEAN NOT NULL,
    PRIMARY KEY (area_unit_id, strand_code, day),
    CHECK (NOT flagged OR expected IS NOT NULL)
);
CREATE INDEX spike_observation_day_idx ON spike_observation (day);

-- One alert per spike: raised on the first day flagged, updated while the rise goes on, ended after days
-- without a flag. The evidence is that of the latest day flagged.
CREATE TABLE spike_alert (
    id                   BIGSERIAL PRIMARY KEY,
    area_unit_id         BIGINT NOT NULL REFERENCES unit (id),
    strand_code          TEXT NOT NULL REFERENCES strand (code),
    started_on           DATE NOT NULL,
    raised_on            DATE NOT NULL,
    last_flagged_on      DATE NOT NULL,
    ended_on             DATE,
    window_days          INT NOT NULL CHECK (window_days IN (1, 7)),
    observed             INT NOT NULL,
    expected             DOUBLE PRECISION NOT NULL,
    threshold            INT NOT NULL,
    raised_at            TIMESTAMPTZ NOT NULL,
    updated_at           TIMESTAMPTZ NOT NULL,
    acknowledged_by      TEXT,
    acknowledged_at      TIMESTAMPTZ,
    acknowledgement_note TEXT CHECK (length(acknowledgement_note) BETWEEN 1 AND 2000),
    CHECK (started_on <= raised_on AND raised_on <= last_flagged_on),
    CHECK (ended_on IS NULL OR ended_on > last_flagged_on),
    CHECK ((acknowledged_by IS NULL) = (acknowledged_at IS NULL) AND (acknowledged_by IS NULL) = (acknowledgement_note IS NULL))
);
-- An ongoing spike is one alert that updates, never a second alert for the same strand and area.
CREATE UNIQUE INDEX spike_alert_one_ongoing_idx ON spike_alert (area_unit_id, strand_code) WHERE ended_on IS NULL;
CREATE INDEX spike_alert_area_idx ON spike_alert (area_unit_id, strand_code, started_on);
CREATE INDEX spike_alert_raised_idx ON spike_alert (raised_on DESC);
