-- Notifications in victim care (issue 16). A notification that could not be delivered gives the officer a task
-- (NOTIFICATION_FAILED) due within 1 working day by the force standard (FORCE_NOTIFICATION_FAILED, in every rule set);
-- a decision notice delivered by GOV.UK Notify completes its DECISION_NOTICE task. A task may carry a note for
-- people: what to fix, or which notification completed it. It is kept as a message key and its arguments
-- (note_key, note_args) so that it is shown in the reader's language.
ALTER TABLE care_task DROP CONSTRAINT care_task_kind_check;
ALTER TABLE care_task ADD CONSTRAINT care_task_kind_check CHECK (kind IN ('FIRST_CONTACT', 'NEEDS_ASSESSMENT', 'UPDATE',
    'DECISION_NOTICE', 'SECONDARY_REASSURANCE', 'SUPPORT_FOLLOW_UP', 'REFERRAL', 'SUPERVISOR_REVIEW',
    'SUBJECT_NOTIFICATION', 'FIRST_REPLY', 'NOTIFICATION_FAILED'));

ALTER TABLE care_task ADD COLUMN note_key TEXT CHECK (length(note_key) <= 200);
ALTER TABLE care_task ADD COLUMN note_args TEXT[];

INSERT INTO care_rule (rule_set_id, code, amount, unit)
SELECT id, 'FORCE_NOTIFICATION_FAILED', 1, 'WORKING_DAYS' FROM care_rule_set
ON CONFLICT (rule_set_id, code) DO NOTHING;
