-- The direct work phone number of a member of staff: a victim is given it with their named officer's
-- name (Victims' Code: written confirmation with the officer's contact). Optional; digits, spaces,
-- brackets, hyphens and a leading +.
ALTER TABLE staff_user ADD COLUMN work_phone TEXT CHECK (work_phone ~ '^\+?[0-9 ()-]{10,30}$');
