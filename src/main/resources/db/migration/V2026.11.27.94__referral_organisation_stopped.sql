-- A referral closed because its organisation was switched off (it stopped taking referrals): the officer is told
-- on My work until the victim has been referred again.
ALTER TABLE referral ADD COLUMN organisation_stopped BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX referral_organisation_stopped_idx ON referral (case_reference) WHERE organisation_stopped;
