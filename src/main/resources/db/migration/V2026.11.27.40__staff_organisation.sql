-- A support organisation's users belong to their organisation, named by its directory code. Identity keeps
-- the code as text (the directory belongs to the referrals module, which checks the code when an account is made).
ALTER TABLE staff_user ADD COLUMN organisation_code TEXT CHECK (organisation_code ~ '^[A-Z0-9][A-Z0-9_-]{0,19}$');
-- An account belongs to a unit or to an organisation, never both.
ALTER TABLE staff_user ADD CONSTRAINT staff_user_unit_or_organisation CHECK (unit_id IS NULL OR organisation_code IS NULL);
CREATE INDEX staff_user_organisation_idx ON staff_user (organisation_code) WHERE organisation_code IS NOT NULL;
