-- Wrong tracking codes throttle the guesser, never the reporter (issue 17):
--   'guesser:' || HMAC-SHA256 of the client's address with the window's secret: wrong tracking codes sent
--   from one client, which slow and then refuse that client (never the reference);
--   last_hit_at: when the counter last grew, for the growing wait between one client's wrong codes.
ALTER TABLE public_request_counter DROP CONSTRAINT public_request_counter_counter_key_check;
ALTER TABLE public_request_counter ADD CONSTRAINT public_request_counter_counter_key_check
    CHECK (counter_key ~ '^(client|reference|guesser):[0-9a-f]{64}$');
ALTER TABLE public_request_counter ADD COLUMN last_hit_at TIMESTAMPTZ;
