-- Idempotency keys scoped to the caller (issue 17). key_hash now hashes the caller's scope with the key (a
-- partner's API token, or "public"); a public key replays only to a retry that sends the secret given with the first
-- answer, kept here only as its SHA-256. Earlier rows were hashed without a scope: they can no longer be found, and
-- are forgotten after a day as before.
ALTER TABLE report_idempotency ADD COLUMN secret_hash TEXT;
