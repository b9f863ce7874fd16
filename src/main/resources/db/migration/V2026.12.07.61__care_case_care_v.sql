-- Victim care's published views, for statistics (insights' read model) without naming victim care's tables. Part of
-- victim care's API: columns are only ever added, and a column never changes its meaning.

-- One row per case with a contact logged: when the victim was first contacted (the first first-contact attempt that
-- reached them), and whether a secondary reassurance contact reached them.
CREATE VIEW care_case_contact_v AS
SELECT case_reference,
       min(at) FILTER (WHERE kind = 'FIRST_CONTACT' AND outcome = 'MADE') AS first_contact_at,
       coalesce(bool_or(kind = 'SECONDARY_REASSURANCE' AND outcome = 'MADE'), FALSE) AS secondary_reassurance_made
FROM care_contact
GROUP BY case_reference;
COMMENT ON VIEW care_case_contact_v IS 'Part of victim care''s API: first contact and secondary reassurance contact of each case.';

-- Every care task (a promise to a victim with its clock): the rule that set it, its status, when it fell or falls due
-- and when it was done. Not who holds it.
CREATE VIEW care_task_v AS
SELECT id, case_reference, kind, rule_code, status, started_at, due_at, completed_at FROM care_task;
COMMENT ON VIEW care_task_v IS 'Part of victim care''s API: each care task''s rule, status and times, without its holder.';
