-- Referrals to support organisations: the directory, the victim's consent to share, referrals with their
-- lifecycle and the data items shared, messages between the organisation and the case officer, and
-- messages the public send to an organisation directly (self-referral, no police case).

CREATE TABLE support_organisation (
    id               BIGSERIAL PRIMARY KEY,
    code             TEXT NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9][A-Z0-9_-]{0,19}$'),
    name             TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    description      TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
    strands          TEXT[] NOT NULL DEFAULT '{}',
    groups_served    TEXT NOT NULL DEFAULT '' CHECK (length(groups_served) <= 500),
    national         BOOLEAN NOT NULL DEFAULT FALSE,
    -- borough names the organisation serves, like Hounslow (empty when national)
    areas            TEXT[] NOT NULL DEFAULT '{}',
    -- BCP 47 tags, like en, cy, pa, ur
    languages        TEXT[] NOT NULL DEFAULT '{en}',
    easy_read        BOOLEAN NOT NULL DEFAULT FALSE,
    bsl              BOOLEAN NOT NULL DEFAULT FALSE,
    text_relay       BOOLEAN NOT NULL DEFAULT FALSE,
    opening_hours    TEXT NOT NULL DEFAULT '' CHECK (length(opening_hours) <= 500),
    phone            TEXT CHECK (length(phone) <= 30),
    email            TEXT CHECK (length(email) <= 254),
    website          TEXT CHECK (length(website) <= 300),
    how_to_refer     TEXT NOT NULL DEFAULT '' CHECK (length(how_to_refer) <= 1000),
    capacity         TEXT NOT NULL DEFAULT 'OPEN' CHECK (capacity IN ('OPEN', 'LIMITED', 'FULL')),
    -- working days the organisation has to accept or decline a referral
    response_days    INT NOT NULL DEFAULT 2 CHECK (response_days BETWEEN 1 AND 20),
    active           BOOLEAN NOT NULL DEFAULT TRUE,
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_by       TEXT NOT NULL DEFAULT 'reassure'
);
CREATE INDEX support_organisation_strands_idx ON support_organisation USING gin (strands);
CREATE INDEX support_organisation_areas_idx ON support_organisation USING gin (areas);

-- The victim's consent to share named data items with one organisation (or, given in the report, with a
-- support organisation the police choose) for one purpose. Never deleted: withdrawal is a time stamp.
CREATE TABLE referral_consent (
    id                 UUID PRIMARY KEY,
    case_reference     TEXT NOT NULL,
    organisation_id    BIGINT REFERENCES support_organisation (id),
    purpose            TEXT NOT NULL CHECK (purpose IN ('SUPPORT')),
    items              TEXT[] NOT NULL CHECK (cardinality(items) > 0),
    words              TEXT NOT NULL CHECK (length(words) BETWEEN 1 AND 2000),
    channel            TEXT NOT NULL CHECK (channel IN ('REPORT', 'PHONE', 'IN_PERSON', 'EMAIL', 'LETTER', 'MESSAGE')),
    given_by           TEXT NOT NULL CHECK (given_by IN ('VICTIM', 'REPRESENTATIVE')),
    given_at           TIMESTAMPTZ NOT NULL,
    recorded_by        TEXT NOT NULL,
    recorded_at        TIMESTAMPTZ NOT NULL,
    withdrawn_at       TIMESTAMPTZ,
    withdrawn_by       TEXT,
    withdrawal_channel TEXT CHECK (withdrawal_channel IN ('REPORT', 'PHONE', 'IN_PERSON', 'EMAIL', 'LETTER', 'MESSAGE')),
    withdrawal_note    TEXT CHECK (length(withdrawal_note) <= 1000),
    CONSTRAINT referral_consent_withdrawal_complete CHECK ((withdrawn_at IS NULL) = (withdrawn_by IS NULL))
);
CREATE INDEX referral_consent_case_idx ON referral_consent (case_reference);
-- the consent given in the report is recorded once
CREATE UNIQUE INDEX referral_consent_report_uq ON referral_consent (case_reference) WHERE channel = 'REPORT';

CREATE TABLE referral (
    id                  UUID PRIMARY KEY,
    case_reference      TEXT NOT NULL,
    organisation_id     BIGINT NOT NULL REFERENCES support_organisation (id),
    consent_id          UUID REFERENCES referral_consent (id),
    status              TEXT NOT NULL CHECK (status IN ('SENT', 'ACCEPTED', 'DECLINED', 'CONTACT_MADE', 'CLOSED')),
    items               TEXT[] NOT NULL,
    justification       TEXT NOT NULL CHECK (length(justification) BETWEEN 1 AND 1000),
    sent_at             TIMESTAMPTZ NOT NULL,
    sent_by             TEXT NOT NULL,
    respond_by          TIMESTAMPTZ NOT NULL,
    response_lapsed_at  TIMESTAMPTZ,
    decided_at          TIMESTAMPTZ,
    decided_by          TEXT,
    decline_reason      TEXT CHECK (length(decline_reason) <= 1000),
    contact_made_at     TIMESTAMPTZ,
    contact_recorded_by TEXT,
    closed_at           TIMESTAMPTZ,
    closed_reason       TEXT CHECK (length(closed_reason) <= 1000),
    -- sent without consent: who overrode and why (also in the audit log)
    override_by         TEXT,
    override_reason     TEXT CHECK (length(override_reason) <= 1000),
    CONSTRAINT referral_consent_or_override CHECK (consent_id IS NOT NULL OR (override_by IS NOT NULL AND override_reason IS NOT NULL)),
    CONSTRAINT referral_declined_has_reason CHECK (status <> 'DECLINED' OR decline_reason IS NOT NULL)
);
CREATE INDEX referral_case_idx ON referral (case_reference, sent_at DESC);
CREATE INDEX referral_organisation_idx ON referral (organisation_id, sent_at DESC);
CREATE INDEX referral_consent_idx ON referral (consent_id);
-- one live referral per case and organisation
CREATE UNIQUE INDEX referral_live_uq ON referral (case_reference, organisation_id) WHERE status IN ('SENT', 'ACCEPTED', 'CONTACT_MADE');

-- What was shared, item by item: only items the consent covered are ever written here, and the values
-- are erased when the consent is withdrawn.
CREATE TABLE referral_item (
    referral_id UUID NOT NULL REFERENCES referral (id),
    item        TEXT NOT NULL CHECK (item IN ('NAME', 'PHONE', 'EMAIL', 'PREFERRED_CONTACT', 'LANGUAGE', 'ACCESS_NEEDS',
                                              'HATE_TYPE', 'SUPPORT_NEEDS')),
    value       TEXT NOT NULL CHECK (length(value) <= 2000),
    PRIMARY KEY (referral_id, item)
);

CREATE TABLE referral_message (
    id          BIGSERIAL PRIMARY KEY,
    referral_id UUID NOT NULL REFERENCES referral (id),
    side        TEXT NOT NULL CHECK (side IN ('POLICE', 'ORGANISATION')),
    author      TEXT NOT NULL,
    author_name TEXT NOT NULL,
    body        TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
    sent_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX referral_message_referral_idx ON referral_message (referral_id, sent_at);

-- Someone contacting an organisation directly from the public directory, without reporting to the police.
CREATE TABLE self_referral (
    id              UUID PRIMARY KEY,
    organisation_id BIGINT NOT NULL REFERENCES support_organisation (id),
    name            TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    contact_by      TEXT NOT NULL CHECK (contact_by IN ('PHONE', 'EMAIL')),
    contact         TEXT NOT NULL CHECK (length(contact) BETWEEN 1 AND 254),
    message         TEXT NOT NULL CHECK (length(message) BETWEEN 1 AND 2000),
    consent_words   TEXT NOT NULL,
    consent_at      TIMESTAMPTZ NOT NULL,
    read_at         TIMESTAMPTZ
);
CREATE INDEX self_referral_organisation_idx ON self_referral (organisation_id, consent_at DESC);

-- Consent to referral already given in reports made before this module existed counts as given then.
INSERT INTO referral_consent (id, case_reference, organisation_id, purpose, items, words, channel, given_by, given_at,
                              recorded_by, recorded_at)
SELECT gen_random_uuid(), r.reference, NULL, 'SUPPORT',
       ARRAY['NAME', 'PHONE', 'EMAIL', 'PREFERRED_CONTACT', 'LANGUAGE', 'ACCESS_NEEDS'],
       'The police may pass my details to a support organisation', 'REPORT',
       CASE r.reporter_role WHEN 'VICTIM' THEN 'VICTIM' ELSE 'REPRESENTATIVE' END, r.received_at, 'reassure', now()
FROM report r WHERE r.consent_referral;
