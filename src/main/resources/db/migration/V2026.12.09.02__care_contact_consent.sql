-- Consent to contact as care keeps it with the rest of the victim's contact wishes (issue 16): null says "as in the
-- report"; false records that the victim withdrew it (given_by, given_at and reason say who recorded it, when and
-- why); true that they gave it again. Notifications stop at once when it is withdrawn.
ALTER TABLE care_contact_wishes ADD COLUMN contact_consent BOOLEAN;
