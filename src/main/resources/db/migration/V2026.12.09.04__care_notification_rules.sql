-- What Reassure sends through GOV.UK Notify is part of the care rule set (issue 16), so that a force can switch a
-- message off by publishing a new set. A rule can now be off; the limit of a notification rule means:
--   NOTIFY_SURVEY: days after the investigation finished when the survey invitation goes;
--   NOTIFY_TASKS_DUE: tasks due within this time are in an officer's daily digest;
--   the others: none (1 is kept so that every rule has a limit).
ALTER TABLE care_rule ADD COLUMN enabled BOOLEAN NOT NULL DEFAULT true;

INSERT INTO care_rule (rule_set_id, code, amount, unit)
SELECT s.id, r.code, r.amount, r.unit
FROM care_rule_set s
CROSS JOIN (VALUES
    ('NOTIFY_REPORT_RECEIVED', 1, 'HOURS'),
    ('NOTIFY_OFFICER_ASSIGNED', 1, 'HOURS'),
    ('NOTIFY_DECISION', 1, 'HOURS'),
    ('NOTIFY_NEW_MESSAGE', 1, 'HOURS'),
    ('NOTIFY_SURVEY', 7, 'DAYS'),
    ('NOTIFY_REPORTER_WROTE', 1, 'HOURS'),
    ('NOTIFY_REFERRAL_ANSWERED', 1, 'HOURS'),
    ('NOTIFY_TASKS_DUE', 1, 'WORKING_DAYS'),
    ('NOTIFY_REFERRAL_RECEIVED', 1, 'HOURS'),
    ('NOTIFY_CONSENT_WITHDRAWN', 1, 'HOURS')) AS r (code, amount, unit)
ON CONFLICT DO NOTHING;
