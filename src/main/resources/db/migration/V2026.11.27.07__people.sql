-- People and places on a case (the person and location parts of POLE), links between cases, and the
-- repeat-victim matches that staff confirm or reject. Nothing is merged automatically.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE person (
    id              UUID PRIMARY KEY,
    case_id         UUID NOT NULL REFERENCES hate_case (id) ON DELETE CASCADE,
    -- VICTIM and SUSPECT for a crime; COMPLAINANT and SUBJECT for a non-crime hate incident (code of practice wording)
    role            TEXT NOT NULL CHECK (role IN ('VICTIM', 'COMPLAINANT', 'SUSPECT', 'SUBJECT', 'WITNESS', 'REPORTER')),
    full_name       TEXT CHECK (length(full_name) <= 200),
    name_key        TEXT,
    date_of_birth   DATE,
    phone           TEXT CHECK (length(phone) <= 40),
    phone_key       TEXT,
    email           TEXT CHECK (length(email) <= 254),
    email_key       TEXT,
    address         TEXT CHECK (length(address) <= 500),
    address_key     TEXT,
    postcode        TEXT CHECK (length(postcode) <= 10),
    description     TEXT CHECK (length(description) <= 2000),
    added_by        TEXT NOT NULL,
    added_at        TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX person_case_idx ON person (case_id);
CREATE INDEX person_name_trgm_idx ON person USING gin (name_key gin_trgm_ops);
CREATE INDEX person_phone_idx ON person (phone_key) WHERE phone_key IS NOT NULL;
CREATE INDEX person_email_idx ON person (email_key) WHERE email_key IS NOT NULL;
CREATE INDEX person_postcode_idx ON person (postcode) WHERE postcode IS NOT NULL;
CREATE INDEX person_address_idx ON person (address_key) WHERE address_key IS NOT NULL;
CREATE INDEX person_dob_idx ON person (date_of_birth) WHERE date_of_birth IS NOT NULL;

CREATE TABLE case_link (
    case_id        UUID NOT NULL REFERENCES hate_case (id) ON DELETE CASCADE,
    linked_case_id UUID NOT NULL REFERENCES hate_case (id) ON DELETE CASCADE,
    reason         TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
    linked_by      TEXT NOT NULL,
    linked_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (case_id, linked_case_id),
    CHECK (case_id <> linked_case_id)
);
CREATE INDEX case_link_linked_idx ON case_link (linked_case_id);

CREATE TABLE repeat_match (
    id                BIGSERIAL PRIMARY KEY,
    person_id         UUID NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    matched_person_id UUID NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    basis             TEXT NOT NULL,
    score             REAL NOT NULL,
    status            TEXT NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'CONFIRMED', 'REJECTED')),
    decided_by        TEXT,
    decided_at        TIMESTAMPTZ,
    UNIQUE (person_id, matched_person_id)
);
CREATE INDEX repeat_match_person_idx ON repeat_match (person_id, status);
