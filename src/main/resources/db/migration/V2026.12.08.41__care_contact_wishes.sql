-- How the victim wishes to be contacted, per case (issue 15): first as the report said (given_by null), then as staff
-- change it with the victim (dated, attributed, with the reason); the newest row is in force and the report's own
-- answers stay in reporting unchanged. Each safe window is one text, 'MONDAY,TUESDAY 18:00-20:00', in UK local time.
CREATE TABLE care_contact_wishes (
    id               BIGSERIAL PRIMARY KEY,
    case_reference   TEXT NOT NULL,
    safe_windows     TEXT[] NOT NULL DEFAULT '{}',
    allowed_channels TEXT[] NOT NULL DEFAULT '{}',
    leave_message    BOOLEAN,
    note             TEXT CHECK (length(note) <= 500),
    given_by         TEXT,
    reason           TEXT CHECK (length(reason) <= 500),
    given_at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX care_contact_wishes_case ON care_contact_wishes (case_reference, id DESC);

-- A phone call or visit outside the safe times needs the officer's reason, kept with the contact.
ALTER TABLE care_contact ADD COLUMN outside_safe_times_reason TEXT CHECK (length(outside_safe_times_reason) <= 500);
