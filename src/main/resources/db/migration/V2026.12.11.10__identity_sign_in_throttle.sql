-- Sign-in without a lock-out an attacker can use. Wrong passwords are counted by keyed hashes (never the username or
-- the address themselves): of the username typed, of the client's address, and of the two together, each with its own
-- growing delay; an unknown username is counted exactly as a known one. The 15-minute account lock is retired.

CREATE TABLE sign_in_throttle (
    -- 'account:', 'address:' or 'pair:' and an HMAC-SHA256 (hex) with the secret below
    throttle_key     TEXT PRIMARY KEY,
    failures         INT NOT NULL CHECK (failures > 0),
    first_failure_at TIMESTAMPTZ NOT NULL,
    last_failure_at  TIMESTAMPTZ NOT NULL,
    blocked_until    TIMESTAMPTZ NOT NULL
);
CREATE INDEX sign_in_throttle_last_idx ON sign_in_throttle (last_failure_at);

-- The key of those hashes, made here and shared by every node; rows are deleted a day after their last failure.
CREATE TABLE sign_in_secret (
    id     INT PRIMARY KEY CHECK (id = 1),
    secret TEXT NOT NULL
);
INSERT INTO sign_in_secret (id, secret)
VALUES (1, replace(gen_random_uuid()::text || gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));

-- Where each username last signed in (keyed hashes of username and address together): from there, the username's own
-- count never asks for a wait, so an attack from elsewhere does not slow the holder down at all.
CREATE TABLE sign_in_known_address (
    known_key      TEXT PRIMARY KEY,
    last_signed_in TIMESTAMPTZ NOT NULL
);

-- When an account's holder was last told by e-mail that someone is trying to sign in as them (at most once a day).
CREATE TABLE sign_in_attack_notice (
    user_id      BIGINT PRIMARY KEY REFERENCES staff_user (id) ON DELETE CASCADE,
    last_told_at TIMESTAMPTZ NOT NULL
);

ALTER TABLE staff_user DROP COLUMN locked_until, DROP COLUMN failed_sign_ins;
