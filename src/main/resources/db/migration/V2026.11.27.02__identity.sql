-- Staff identity: organisational units (force, borough or command unit, team), users, their roles,
-- and personal API tokens.

CREATE TABLE unit (
    id         BIGSERIAL PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9][A-Z0-9_-]{0,19}$'),
    name       TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    kind       TEXT NOT NULL CHECK (kind IN ('FORCE', 'BOROUGH', 'TEAM')),
    parent_id  BIGINT REFERENCES unit (id),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    -- a unit with no parent is a force; every other unit sits below one
    CONSTRAINT unit_force_has_no_parent CHECK ((kind = 'FORCE') = (parent_id IS NULL))
);
CREATE INDEX unit_parent_idx ON unit (parent_id);

CREATE TABLE staff_user (
    id              BIGSERIAL PRIMARY KEY,
    username        TEXT NOT NULL CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,59}$'),
    display_name    TEXT NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
    password_hash   TEXT NOT NULL,
    unit_id         BIGINT REFERENCES unit (id),
    enabled         BOOLEAN NOT NULL DEFAULT TRUE,
    failed_sign_ins INT NOT NULL DEFAULT 0 CHECK (failed_sign_ins >= 0),
    locked_until    TIMESTAMPTZ,
    last_sign_in_at TIMESTAMPTZ,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX staff_user_username_uq ON staff_user (username);
CREATE INDEX staff_user_unit_idx ON staff_user (unit_id);

CREATE TABLE staff_user_role (
    user_id BIGINT NOT NULL REFERENCES staff_user (id) ON DELETE CASCADE,
    role    TEXT NOT NULL CHECK (role IN ('CALL_HANDLER', 'INVESTIGATOR', 'SUPPORT_OFFICER', 'NEIGHBOURHOOD_OFFICER',
                                          'SUPERVISOR', 'ANALYST', 'ADMINISTRATOR', 'THIRD_PARTY_CENTRE',
                                          'SUPPORT_ORGANISATION')),
    PRIMARY KEY (user_id, role)
);

CREATE TABLE api_token (
    id           BIGSERIAL PRIMARY KEY,
    user_id      BIGINT NOT NULL REFERENCES staff_user (id) ON DELETE CASCADE,
    label        TEXT NOT NULL CHECK (length(label) BETWEEN 1 AND 100),
    -- SHA-256 of the token; the token itself is shown once and never stored
    token_hash   TEXT NOT NULL UNIQUE,
    prefix       TEXT NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_used_at TIMESTAMPTZ,
    revoked_at   TIMESTAMPTZ
);
CREATE INDEX api_token_user_idx ON api_token (user_id);
