-- Issue 17: a second factor for every account. The authenticator app's key (RFC 6238), the last time step a code was
-- accepted for (so no code is accepted twice), single-use recovery codes kept only as hashes, and wrong codes counted
-- per account to slow guessing.
CREATE TABLE identity_totp (
    user_id       BIGINT PRIMARY KEY REFERENCES staff_user (id) ON DELETE CASCADE,
    secret        TEXT NOT NULL CHECK (secret ~ '^[A-Z2-7]{16,64}$'),
    last_step     BIGINT NOT NULL DEFAULT 0,
    confirmed_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE identity_recovery_code (
    id          BIGSERIAL PRIMARY KEY,
    user_id     BIGINT NOT NULL REFERENCES staff_user (id) ON DELETE CASCADE,
    code_hash   TEXT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    used_at     TIMESTAMPTZ
);
CREATE INDEX identity_recovery_code_user_idx ON identity_recovery_code (user_id);

CREATE TABLE identity_second_factor_failure (
    user_id     BIGINT NOT NULL REFERENCES staff_user (id) ON DELETE CASCADE,
    failed_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX identity_second_factor_failure_idx ON identity_second_factor_failure (user_id, failed_at);
