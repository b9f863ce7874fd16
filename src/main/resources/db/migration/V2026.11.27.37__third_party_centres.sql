-- Reports a third-party reporting centre (a community organisation, council, housing association,
-- library, university) made on a victim's behalf through the same journey: the centre's account is kept
-- with the report, so that the centre sees the status of what it submitted and nothing else.

ALTER TABLE report ADD COLUMN centre_account TEXT CHECK (length(centre_account) <= 60);
ALTER TABLE report ADD COLUMN centre_name TEXT CHECK (length(centre_name) <= 200);
ALTER TABLE report ADD CONSTRAINT report_centre_only_third_party
    CHECK ((channel = 'THIRD_PARTY') = (centre_account IS NOT NULL AND centre_name IS NOT NULL));
CREATE INDEX report_centre_idx ON report (centre_account, received_at DESC) WHERE centre_account IS NOT NULL;
