-- Non-crime hate incidents: the subject is told the incident was recorded unless that creates a
-- safeguarding risk (Non-Crime Hate Incidents Code of Practice, 2023). Telling them is a care task with
-- its own clock, named by a rule every rule set must give a limit for.
ALTER TABLE care_task DROP CONSTRAINT care_task_kind_check;
ALTER TABLE care_task ADD CONSTRAINT care_task_kind_check CHECK (kind IN ('FIRST_CONTACT', 'NEEDS_ASSESSMENT', 'UPDATE',
    'DECISION_NOTICE', 'SECONDARY_REASSURANCE', 'SUPPORT_FOLLOW_UP', 'REFERRAL', 'SUPERVISOR_REVIEW', 'SUBJECT_NOTIFICATION'));

-- Every published set gets the new limit, so that each set still gives a limit for every code.
INSERT INTO care_rule (rule_set_id, code, amount, unit)
SELECT id, 'NCHI_SUBJECT_NOTIFICATION', 10, 'WORKING_DAYS' FROM care_rule_set
ON CONFLICT (rule_set_id, code) DO NOTHING;
