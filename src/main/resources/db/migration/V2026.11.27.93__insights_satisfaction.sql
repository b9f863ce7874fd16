-- Victim satisfaction on the dashboard: each case whose victim answered the satisfaction survey counts under
-- 'satisfaction:N' (1 completely dissatisfied to 7 completely satisfied), and under 'satisfied' for 5 to 7.
-- The view keeps its columns (only the keys grow), so the read-model tables stay as they are; the next rebuild
-- fills the new keys.

CREATE OR REPLACE VIEW insights_case_fact_source AS
WITH strands AS (SELECT case_id, array_agg(strand_code ORDER BY strand_code) AS strands FROM case_strand GROUP BY case_id),
     religions AS (SELECT case_id, array_agg(category ORDER BY category) AS religions FROM case_religion GROUP BY case_id),
     repeats AS (SELECT DISTINCT case_id FROM case_flag WHERE flag IN ('REPEAT_VICTIM', 'PERSISTENTLY_TARGETED')),
     contacts AS (SELECT case_reference,
                         min(at) FILTER (WHERE kind = 'FIRST_CONTACT' AND outcome = 'MADE') AS first_contact_at,
                         bool_or(kind = 'SECONDARY_REASSURANCE' AND outcome = 'MADE') AS src
                  FROM care_contact GROUP BY case_reference),
     rules AS (SELECT case_reference,
                      array_agg('due:' || rule_code) AS due,
                      array_agg('met:' || rule_code) FILTER (WHERE status = 'DONE' AND completed_at <= due_at) AS met
               FROM care_task WHERE status <> 'CLOSED' AND due_at <= now() GROUP BY case_reference),
     base AS (
        SELECT c.id AS case_id, c.reference, c.unit_id,
               date_trunc('month', c.received_at AT TIME ZONE 'Europe/London')::date AS month,
               c.received_at, c.recorded_at, c.status, c.channel, c.anonymous, c.online, c.classification,
               o.offence_group, c.outcome_code, coalesce(ot.positive, FALSE) AS positive,
               coalesce(ot.withdrawal, FALSE) AS withdrawn,
               (c.hostility_reason IS NULL OR btrim(c.hostility_reason) = '') AS no_perception,
               coalesce(s.strands, '{}') AS strands, coalesce(r.religions, '{}') AS religions,
               (rp.case_id IS NOT NULL) AS repeat_victim,
               extract(epoch FROM (ct.first_contact_at - c.received_at)) / 3600.0 AS first_contact_hours,
               coalesce(ct.src, FALSE) AS src,
               coalesce(ru.due, '{}') AS rules_due, coalesce(ru.met, '{}') AS rules_met
        FROM hate_case c
        LEFT JOIN offence o ON o.code = c.offence_code
        LEFT JOIN outcome_type ot ON ot.code = c.outcome_code
        LEFT JOIN strands s ON s.case_id = c.id
        LEFT JOIN religions r ON r.case_id = c.id
        LEFT JOIN repeats rp ON rp.case_id = c.id
        LEFT JOIN contacts ct ON ct.case_reference = c.reference
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
LEFT JOIN victim_satisfaction vs ON vs.case_reference = b.reference AND vs.respondent <> 'WITNESS';
