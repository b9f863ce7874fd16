-- Kiosks: shared devices in public places (a library, a community centre, a pub) that an administrator
-- turns into kiosks with a link. Only the SHA-256 of the link's random token is kept; revoking a kiosk
-- turns its link and every device that opened it back into ordinary browsers at their next page.

CREATE TABLE kiosk_device (
    id          UUID PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    token_hash  TEXT NOT NULL UNIQUE,
    created_by  TEXT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    revoked_by  TEXT,
    revoked_at  TIMESTAMPTZ,
    CONSTRAINT kiosk_device_revoked_by_someone CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
);
CREATE INDEX kiosk_device_created_idx ON kiosk_device (created_at DESC);
