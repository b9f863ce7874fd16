-- Issue 17: passkeys (WebAuthn) as a second factor. Each row is one credential a person registered from their account
-- page: its id and public key (COSE bytes) from the authenticator, the signature counter last seen (a counter that
-- goes backwards means a cloned authenticator), the name the person gave it, when it was added and last used.
CREATE TABLE identity_passkey (
    id             BIGSERIAL PRIMARY KEY,
    user_id        BIGINT NOT NULL REFERENCES staff_user (id) ON DELETE CASCADE,
    credential_id  BYTEA NOT NULL UNIQUE,
    public_key     BYTEA NOT NULL,
    sign_count     BIGINT NOT NULL DEFAULT 0,
    name           TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    created_at     TIMESTAMPTZ NOT NULL,
    last_used_at   TIMESTAMPTZ
);
CREATE INDEX identity_passkey_user_idx ON identity_passkey (user_id);
