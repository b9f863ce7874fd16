-- Victim care's published view for notifications (issue 16): the tasks still to be done and who holds each, for the
-- daily e-mail that tells an officer of their tasks about to become overdue. Part of victim care's API: columns are
-- only ever added, and a column never changes its meaning.
CREATE VIEW care_open_task_v AS
SELECT id, case_reference, kind, assignee, status, due_at FROM care_task WHERE status IN ('OPEN', 'OVERDUE');
COMMENT ON VIEW care_open_task_v IS 'Part of victim care''s API: each open task, when it falls due and who holds it.';
