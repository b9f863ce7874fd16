-- Public reporting: reports from victims, witnesses and people reporting for a victim, exactly as they
-- were given. Nothing here identifies the sender's device: no IP address, no user agent. The tracking
-- code is kept only as its SHA-256 hash.

CREATE TABLE report (
    id                  UUID PRIMARY KEY,
    reference           TEXT NOT NULL UNIQUE CHECK (reference ~ '^HC[0-9]{2}-[2-9A-Z]{4}-[2-9A-Z]{4}$'),
    tracking_code_hash  TEXT NOT NULL UNIQUE,
    received_at         TIMESTAMPTZ NOT NULL,
    channel             TEXT NOT NULL CHECK (channel IN ('ONLINE', 'THIRD_PARTY', 'KIOSK')),
    reporter_role       TEXT NOT NULL CHECK (reporter_role IN ('VICTIM', 'WITNESS', 'ON_BEHALF')),
    -- for ON_BEHALF: how the reporter knows the victim
    relationship        TEXT CHECK (relationship IN ('FRIEND', 'RELATIVE', 'COMMUNITY_LEADER', 'SOLICITOR',
                                                     'COUNCIL_OR_HOUSING', 'ADVICE_WORKER', 'OTHER')),
    anonymous           BOOLEAN NOT NULL,
    description         TEXT NOT NULL CHECK (length(description) BETWEEN 1 AND 20000),
    hostility_reason    TEXT CHECK (length(hostility_reason) <= 5000),
    -- religion sub-choices: the perceived religion of the victim
    religion_detail     TEXT[] NOT NULL DEFAULT '{}' CHECK (religion_detail <@ ARRAY['ANTI_MUSLIM', 'ANTI_JEWISH',
                            'ANTI_CHRISTIAN', 'ANTI_SIKH', 'ANTI_HINDU', 'ANTI_BUDDHIST', 'OTHER', 'NO_RELIGION']),
    unsure              BOOLEAN NOT NULL DEFAULT FALSE,
    occurred_at         TIMESTAMPTZ,
    occurred_date       DATE,
    occurred_approx     TEXT CHECK (length(occurred_approx) <= 500),
    location_description TEXT CHECK (length(location_description) <= 2000),
    postcode            TEXT CHECK (length(postcode) <= 10),
    postcode_district   TEXT CHECK (length(postcode_district) <= 4),
    online              BOOLEAN NOT NULL DEFAULT FALSE,
    online_platform     TEXT CHECK (length(online_platform) <= 200),
    online_url          TEXT CHECK (length(online_url) <= 2000),
    people_involved     TEXT CHECK (length(people_involved) <= 5000),
    witnesses           TEXT CHECK (length(witnesses) <= 5000),
    harm                TEXT CHECK (length(harm) <= 5000),
    consent_contact     BOOLEAN NOT NULL DEFAULT FALSE,
    consent_referral    BOOLEAN NOT NULL DEFAULT FALSE,
    -- the unit the routing table chose, or null for the force triage queue
    routed_unit_code    TEXT,
    CONSTRAINT report_relationship_only_on_behalf CHECK (relationship IS NULL OR reporter_role = 'ON_BEHALF'),
    CONSTRAINT report_anonymous_gives_no_consent_to_contact CHECK (NOT (anonymous AND consent_contact))
);
CREATE INDEX report_received_idx ON report (received_at DESC);

CREATE TABLE report_strand (
    report_id   UUID NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    strand_code TEXT NOT NULL REFERENCES strand (code),
    PRIMARY KEY (report_id, strand_code)
);

-- The person reporting and, for a report on someone's behalf, the victim. An anonymous report has none.
CREATE TABLE report_person (
    report_id          UUID NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    role               TEXT NOT NULL CHECK (role IN ('REPORTER', 'VICTIM')),
    name               TEXT CHECK (length(name) <= 200),
    pronouns           TEXT CHECK (length(pronouns) <= 50),
    email              TEXT CHECK (length(email) <= 254),
    phone              TEXT CHECK (length(phone) <= 30),
    preferred_contact  TEXT CHECK (preferred_contact IN ('PHONE', 'EMAIL', 'POST', 'IN_PERSON', 'NONE')),
    safe_times         TEXT CHECK (length(safe_times) <= 500),
    leave_message      BOOLEAN,
    language           TEXT CHECK (length(language) <= 35),
    interpreter_needed BOOLEAN,
    adjustments        TEXT CHECK (length(adjustments) <= 2000),
    -- someone the person would like to speak for them (a friend, relative, advocate)
    spokesperson       TEXT CHECK (length(spokesperson) <= 500),
    PRIMARY KEY (report_id, role)
);

-- Idempotency keys of the API: the key and body are kept only as hashes, and the first answer (which
-- holds the tracking code) only encrypted with a key derived from the idempotency key and the body, so
-- that only a caller who sends both again can read it. Kept for a day.
CREATE TABLE report_idempotency (
    key_hash       TEXT PRIMARY KEY,
    body_hash      TEXT NOT NULL,
    response       BYTEA NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX report_idempotency_created_idx ON report_idempotency (created_at);

-- One-time tokens of the online journey's final submit, so that a double click or a retried POST
-- creates one report. Only the SHA-256 of the token is kept, with the reference it produced.
CREATE TABLE report_submission (
    token_hash  TEXT PRIMARY KEY,
    reference   TEXT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX report_submission_created_idx ON report_submission (created_at);

-- Wrong tracking codes per reference (hashed, so unknown references look the same as known ones), in
-- fixed windows, shared by every node through the database.
CREATE TABLE tracking_attempt (
    reference_hash TEXT NOT NULL,
    window_start   TIMESTAMPTZ NOT NULL,
    failures       INT NOT NULL CHECK (failures >= 0),
    PRIMARY KEY (reference_hash, window_start)
);

-- Which unit covers a postcode district (the part of a postcode before the space, like TW3). A report
-- from a district not listed goes to the force triage queue. Administered with "admin map-postcode".
CREATE TABLE postcode_district_unit (
    district   TEXT PRIMARY KEY CHECK (district ~ '^[A-Z]{1,2}[0-9][0-9A-Z]?$'),
    unit_code  TEXT NOT NULL REFERENCES unit (code),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX postcode_district_unit_unit_idx ON postcode_district_unit (unit_code);
