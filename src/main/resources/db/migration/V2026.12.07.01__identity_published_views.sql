-- Identity's published views: what other modules may read of the units (forces, boroughs, teams) without naming
-- identity's tables. Part of identity's API, like its Java facade (Units); columns are only ever added.

-- Every unit.
CREATE VIEW identity_unit_v AS
SELECT id, code, name, kind, parent_id FROM unit;

-- Each unit with itself and every unit above it: a case in a unit is within each of these (depth 0 is the unit).
CREATE VIEW identity_unit_within_v AS
WITH RECURSIVE up AS (
    SELECT id AS unit_id, id AS within_id, 0 AS depth FROM unit
    UNION ALL
    SELECT up.unit_id, u.parent_id, up.depth + 1 FROM up JOIN unit u ON u.id = up.within_id WHERE u.parent_id IS NOT NULL)
SELECT unit_id, within_id, depth FROM up;
