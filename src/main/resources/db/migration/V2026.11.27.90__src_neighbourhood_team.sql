-- A secondary reassurance contact is held by the neighbourhood team covering the victim's area, apart from the
-- investigation: its task's unit is the team's, and reallocating the case does not move it to the investigators.
ALTER TABLE care_task DROP CONSTRAINT care_task_holder_check;
ALTER TABLE care_task ADD CONSTRAINT care_task_holder_check
    CHECK (holder IN ('OFFICER', 'SUPERVISOR', 'SUPPORT_OFFICER', 'NEIGHBOURHOOD_TEAM'));
CREATE INDEX care_task_team_idx ON care_task (unit_id, due_at) WHERE holder = 'NEIGHBOURHOOD_TEAM' AND status IN ('OPEN', 'OVERDUE');
CREATE INDEX care_task_case_holder_idx ON care_task (case_reference) WHERE holder = 'NEIGHBOURHOOD_TEAM';

