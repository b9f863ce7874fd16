-- Counters of public requests in fixed windows, shared by every node, replacing tracking_attempt:
--   'reference:' || SHA-256 of a report reference: wrong tracking codes for it ("track my report");
--   'client:' || HMAC-SHA256 of the client's address with the window's secret: requests from one client.
-- No address is ever stored. Each window has its own random secret (below); a window's counters and its
-- secret are deleted once the window is over, after which no counter can be linked to any address.

DROP TABLE tracking_attempt;

CREATE TABLE public_request_counter (
    counter_key  TEXT NOT NULL CHECK (counter_key ~ '^(client|reference):[0-9a-f]{64}$'),
    window_start TIMESTAMPTZ NOT NULL,
    expires_at   TIMESTAMPTZ NOT NULL,
    hits         INT NOT NULL CHECK (hits >= 0),
    PRIMARY KEY (counter_key, window_start)
);
CREATE INDEX public_request_counter_expires_idx ON public_request_counter (expires_at);

CREATE TABLE public_request_secret (
    window_start TIMESTAMPTZ NOT NULL,
    window_seconds INT NOT NULL CHECK (window_seconds > 0),
    secret       BYTEA NOT NULL CHECK (length(secret) = 32),
    expires_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (window_start, window_seconds)
);
CREATE INDEX public_request_secret_expires_idx ON public_request_secret (expires_at);
