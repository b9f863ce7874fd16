-- The first clock of a report runs from the moment it is received. A reporter who left a way to contact them gets a
-- first contact (VICTIMS_CODE_FIRST_CONTACT); one who left none (anonymous, or no phone or email) gets instead a
-- reply in the report's message thread, within 24 hours by the force standard (FORCE_FIRST_REPLY, in every rule
-- set, so that a force can change it like any other limit).
ALTER TABLE care_task DROP CONSTRAINT care_task_kind_check;
ALTER TABLE care_task ADD CONSTRAINT care_task_kind_check CHECK (kind IN ('FIRST_CONTACT', 'NEEDS_ASSESSMENT', 'UPDATE',
    'DECISION_NOTICE', 'SECONDARY_REASSURANCE', 'SUPPORT_FOLLOW_UP', 'REFERRAL', 'SUPERVISOR_REVIEW',
    'SUBJECT_NOTIFICATION', 'FIRST_REPLY'));

INSERT INTO care_rule (rule_set_id, code, amount, unit)
SELECT id, 'FORCE_FIRST_REPLY', 24, 'HOURS' FROM care_rule_set
ON CONFLICT (rule_set_id, code) DO NOTHING;

-- Part of victim care's API: columns are only ever added, and a column never changes its meaning.
-- One row per case whose first clock has started: the first contact, or the first reply in the message thread when
-- the reporter left no way to contact them; its status (OPEN, OVERDUE, DONE, CLOSED), when it falls or fell due and
-- when it was done. Case work's triage queue reads it to show each report's time left.
CREATE VIEW care_first_contact_v AS
SELECT DISTINCT ON (case_reference) case_reference, kind, status, due_at, completed_at
FROM care_task
WHERE kind IN ('FIRST_CONTACT', 'FIRST_REPLY')
ORDER BY case_reference, started_at, created_at;
COMMENT ON VIEW care_first_contact_v IS 'Part of victim care''s API: the first clock of each case (first contact or first reply) and its due time.';
