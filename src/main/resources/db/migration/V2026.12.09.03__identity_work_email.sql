-- An officer's work e-mail address, for what Reassure tells them (issue 16): a reporter's new message, a referral
-- answered, the daily digest of tasks about to become overdue.
ALTER TABLE staff_user ADD COLUMN work_email TEXT CHECK (length(work_email) <= 320 AND work_email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$');
