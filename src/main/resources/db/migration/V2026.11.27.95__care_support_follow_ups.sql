-- A hate crime support officer keeps in touch while assigned: after each follow-up the next is due (force standard,
-- 14 days), until the support ends. Every rule set gives a limit for every rule, so existing sets get this one too.
INSERT INTO care_rule (rule_set_id, code, amount, unit)
SELECT id, 'FORCE_SUPPORT_FOLLOW_UP_REGULAR', 14, 'DAYS' FROM care_rule_set
ON CONFLICT (rule_set_id, code) DO NOTHING;

-- Support ends when the victim no longer needs it (or the case closes): why, as well as who and when.
ALTER TABLE care_support_assignment ADD COLUMN end_reason TEXT CHECK (char_length(end_reason) <= 1000);
