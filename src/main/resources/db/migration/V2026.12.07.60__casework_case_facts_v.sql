-- Case work's published views of its cases, for statistics (insights' read model and data-quality audit) without
-- naming case work's tables. Part of case work's API, like its Java facade (Cases): columns are only ever added,
-- and a column never changes its meaning.

-- One row per case: where and when it came in and by which channel, the recording decision, the offence and the
-- Home Office outcome. No names and no free text. perception_given: the person said why they think it happened;
-- repeat_victim: the victim is flagged as a repeat victim or as persistently targeted.
CREATE VIEW casework_case_fact_v AS
SELECT c.id AS case_id, c.reference, c.unit_id, c.received_at, c.recorded_at, c.status, c.channel, c.anonymous,
       c.online, c.classification, c.offence_code, c.outcome_code,
       (c.hostility_reason IS NOT NULL AND btrim(c.hostility_reason) <> '') AS perception_given,
       EXISTS (SELECT 1 FROM case_flag f
               WHERE f.case_id = c.id AND f.flag IN ('REPEAT_VICTIM', 'PERSISTENTLY_TARGETED')) AS repeat_victim
FROM hate_case c;
COMMENT ON VIEW casework_case_fact_v IS 'Part of case work''s API: one row per case, the facts statistics need, nothing personal.';

-- Each strand of hostility recorded on a case (a case may have several, or none).
CREATE VIEW casework_case_strand_v AS
SELECT case_id, strand_code FROM case_strand;
COMMENT ON VIEW casework_case_strand_v IS 'Part of case work''s API: the strands of each case.';

-- Each religion category recorded on a case with the religion or belief strand.
CREATE VIEW casework_case_religion_v AS
SELECT case_id, category FROM case_religion;
COMMENT ON VIEW casework_case_religion_v IS 'Part of case work''s API: the religion categories of each case.';

-- The reporter's own words: what happened (account) and why they think it happened (hostility_reason), for checks
-- that look for words in them (insights' data-quality audit of cases without a strand). Free text about people:
-- match words in it; never copy it into another table or show it.
CREATE VIEW casework_case_account_v AS
SELECT id AS case_id, account, hostility_reason FROM hate_case;
COMMENT ON VIEW casework_case_account_v IS 'Part of case work''s API: the words of each case, to match words in only.';
