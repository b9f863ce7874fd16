-- Insights reads other modules' data only through the views they publish (identity's units, case work's cases,
-- victim care's contacts and tasks, reporting's satisfaction answers), never their tables. The views keep their
-- columns and rows, so the read model, its tables and every figure stay as they were.

-- Each unit with every unit above it (and itself): a case counts towards its unit and each unit above.
CREATE OR REPLACE VIEW insights_unit_closure AS
SELECT unit_id, within_id AS scope_id FROM identity_unit_within_v;

-- One row per case: the facts statistics need.
CREATE OR REPLACE VIEW insights_case_fact_source AS
WITH strands AS (SELECT case_id, array_agg(strand_code ORDER BY strand_code) AS strands
                 FROM casework_case_strand_v GROUP BY case_id),
     religions AS (SELECT case_id, array_agg(category ORDER BY category) AS religions
                   FROM casework_case_religion_v GROUP BY case_id),
     rules AS (SELECT case_reference,
                      array_agg('due:' || rule_code) AS due,
                      array_agg('met:' || rule_code) FILTER (WHERE status = 'DONE' AND completed_at <= due_at) AS met
               FROM care_task_v WHERE status <> 'CLOSED' AND due_at <= now() GROUP BY case_reference),
     base AS (
        SELECT c.case_id, c.reference, c.unit_id,
               date_trunc('month', c.received_at AT TIME ZONE 'Europe/London')::date AS month,
               c.received_at, c.recorded_at, c.status, c.channel, c.anonymous, c.online, c.classification,
               o.offence_group, c.outcome_code, coalesce(ot.positive, FALSE) AS positive,
               coalesce(ot.withdrawal, FALSE) AS withdrawn,
               NOT c.perception_given AS no_perception,
               coalesce(s.strands, '{}') AS strands, coalesce(r.religions, '{}') AS religions,
               c.repeat_victim,
               extract(epoch FROM (ct.first_contact_at - c.received_at)) / 3600.0 AS first_contact_hours,
               coalesce(ct.secondary_reassurance_made, FALSE) AS src,
               coalesce(ru.due, '{}') AS rules_due, coalesce(ru.met, '{}') AS rules_met
        FROM casework_case_fact_v c
        LEFT JOIN casework_offence_v o ON o.code = c.offence_code
        LEFT JOIN casework_outcome_type_v ot ON ot.code = c.outcome_code
        LEFT JOIN strands s ON s.case_id = c.case_id
        LEFT JOIN religions r ON r.case_id = c.case_id
        LEFT JOIN care_case_contact_v ct ON ct.case_reference = c.reference
        LEFT JOIN rules ru ON ru.case_reference = c.reference)
SELECT b.*,
       -- what the case counts towards on the dashboard, as "dimension:value" keys (a key may repeat: one per care task)
       ARRAY['cases',
             'class:' || coalesce(b.classification, 'UNDECIDED'),
             'channel:' || b.channel]
       || CASE WHEN cardinality(b.strands) = 0 THEN ARRAY['strand:NONE'] ELSE array(SELECT 'strand:' || x FROM unnest(b.strands) x) END
       || CASE WHEN cardinality(b.strands) > 1 THEN ARRAY['multi'] ELSE '{}'::text[] END
       || CASE WHEN 'RELIGION' = ANY (b.strands)
               THEN CASE WHEN cardinality(b.religions) = 0 THEN ARRAY['religion:UNKNOWN'] ELSE array(SELECT 'religion:' || x FROM unnest(b.religions) x) END
               ELSE '{}'::text[] END
       || CASE WHEN b.classification = 'CRIME' THEN ARRAY['crime', 'og:' || coalesce(b.offence_group, 'OTHER')] ELSE '{}'::text[] END
       || CASE WHEN b.online OR b.channel = 'ONLINE' THEN ARRAY['online'] ELSE '{}'::text[] END
       || CASE WHEN b.anonymous THEN ARRAY['anonymous'] ELSE '{}'::text[] END
       || CASE WHEN b.outcome_code IS NOT NULL THEN ARRAY['outcome:' || b.outcome_code, 'finalised'] ELSE '{}'::text[] END
       || CASE WHEN b.positive THEN ARRAY['positive'] ELSE '{}'::text[] END
       || CASE WHEN b.withdrawn THEN ARRAY['withdrawn'] ELSE '{}'::text[] END
       || CASE WHEN b.repeat_victim THEN ARRAY['repeat'] ELSE '{}'::text[] END
       || CASE WHEN b.src THEN ARRAY['src'] ELSE '{}'::text[] END
       || CASE WHEN b.first_contact_hours IS NULL THEN '{}'::text[]
               -- hourly for three days, then daily to thirty days, then "longer"
               WHEN b.first_contact_hours < 72 THEN ARRAY['fch:' || greatest(floor(b.first_contact_hours), 0)::int]
               WHEN b.first_contact_hours < 720 THEN ARRAY['fch:' || (floor(b.first_contact_hours / 24) * 24)::int]
               ELSE ARRAY['fch:720'] END
       || b.rules_due || b.rules_met
       -- the victim's overall satisfaction, once they (or someone answering for them) said: a witness's answers are not theirs
       || CASE WHEN vs.overall IS NULL THEN '{}'::text[]
               WHEN vs.overall >= 5 THEN ARRAY['satisfaction:' || vs.overall, 'satisfied']
               ELSE ARRAY['satisfaction:' || vs.overall] END AS keys
FROM base b
LEFT JOIN reporting_victim_satisfaction_v vs ON vs.case_reference = b.reference AND vs.respondent <> 'WITNESS';
