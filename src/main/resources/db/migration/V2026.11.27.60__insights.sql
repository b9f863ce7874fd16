-- Insights: the read model behind the statistics pages, the Home Office return and open data.
-- Two tables, each filled from a view over the case tables, rebuilt together in one transaction by a recurring
-- db-scheduler task (and on demand), so rows loaded straight into hate_case and its tables appear after the next
-- rebuild. Readers keep seeing the previous figures until the rebuild commits (DELETE and INSERT, no exclusive
-- lock). No free text and no personal data is copied into them.

-- Each unit with every unit above it (and itself): a case counts towards its unit and each unit above.
CREATE VIEW insights_unit_closure AS
WITH RECURSIVE up AS (
    SELECT id AS unit_id, id AS scope_id FROM unit
    UNION ALL
    SELECT up.unit_id, u.parent_id FROM up JOIN unit u ON u.id = up.scope_id WHERE u.parent_id IS NOT NULL)
SELECT unit_id, scope_id FROM up;

-- One row per case: the facts statistics need.
CREATE VIEW insights_case_fact_source AS
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
       || b.rules_due || b.rules_met AS keys
FROM base b;

CREATE TABLE insights_case_fact AS SELECT * FROM insights_case_fact_source WITH NO DATA;
CREATE UNIQUE INDEX insights_case_fact_id_idx ON insights_case_fact (case_id);
CREATE INDEX insights_case_fact_unit_month_idx ON insights_case_fact (unit_id, month);
CREATE INDEX insights_case_fact_month_idx ON insights_case_fact (month);

-- The dashboard cube: counts by (scope unit, month, strand, key). A scope unit counts its own cases and those of
-- every unit below it; strand '*' counts each case once, any other strand counts the cases carrying it.
-- Counted by the case's own unit first, then rolled up to the units above.
CREATE VIEW insights_cube_source AS
WITH own AS (
    SELECT f.unit_id, f.month, s.strand, k.key, count(*)::bigint AS n
    FROM insights_case_fact f
    CROSS JOIN LATERAL unnest(f.strands || '*'::text) AS s(strand)
    CROSS JOIN LATERAL unnest(f.keys) AS k(key)
    GROUP BY 1, 2, 3, 4)
SELECT uc.scope_id AS unit_id, o.month, o.strand, o.key, sum(o.n)::bigint AS n
FROM own o JOIN insights_unit_closure uc ON uc.unit_id = o.unit_id
GROUP BY 1, 2, 3, 4;

CREATE TABLE insights_cube AS SELECT * FROM insights_cube_source WITH NO DATA;

CREATE UNIQUE INDEX insights_cube_idx ON insights_cube (unit_id, strand, month, key);

-- When the read model was last rebuilt: the "figures as at" time on every page.
CREATE TABLE insights_refresh (
    id           INT PRIMARY KEY CHECK (id = 1),
    refreshed_at TIMESTAMPTZ NOT NULL,
    took_ms      BIGINT NOT NULL,
    cases        BIGINT NOT NULL
);

-- How our strands and religion categories map to the FBI NIBRS bias codes and the OSCE/ODIHR categories
-- (domain.md section 8), as data so that a force can correct it without a release.
CREATE TABLE insights_bias_mapping (
    strand_code       TEXT NOT NULL REFERENCES strand (code),
    religion_category TEXT REFERENCES religion_category (code),
    nibrs_code        TEXT,
    nibrs_group       TEXT NOT NULL,
    nibrs_name        TEXT NOT NULL,
    osce_category     TEXT NOT NULL,
    note              TEXT
);
CREATE UNIQUE INDEX insights_bias_mapping_idx ON insights_bias_mapping (strand_code, coalesce(religion_category, ''));
INSERT INTO insights_bias_mapping (strand_code, religion_category, nibrs_code, nibrs_group, nibrs_name, osce_category, note) VALUES
 ('RACE', NULL, '33', 'Race/Ethnicity/Ancestry', 'Anti-Other Race/Ethnicity/Ancestry', 'Racism and xenophobia',
  'The victim''s race or ethnicity is not recorded as a NIBRS category, so race maps to the "other" code'),
 ('RELIGION', 'ANTI_JEWISH', '21', 'Religion', 'Anti-Jewish', 'Antisemitism', NULL),
 ('RELIGION', 'ANTI_MUSLIM', '24', 'Religion', 'Anti-Islamic (Muslim)', 'Anti-Muslim', NULL),
 ('RELIGION', 'ANTI_CHRISTIAN', '82', 'Religion', 'Anti-Other Christian', 'Anti-Christian and other religions',
  'The Christian denomination is not recorded'),
 ('RELIGION', 'ANTI_SIKH', '85', 'Religion', 'Anti-Sikh', 'Anti-Christian and other religions', NULL),
 ('RELIGION', 'ANTI_HINDU', '84', 'Religion', 'Anti-Hindu', 'Anti-Christian and other religions', NULL),
 ('RELIGION', 'ANTI_BUDDHIST', '83', 'Religion', 'Anti-Buddhist', 'Anti-Christian and other religions', NULL),
 ('RELIGION', 'OTHER', '25', 'Religion', 'Anti-Other Religion', 'Anti-Christian and other religions', NULL),
 ('RELIGION', 'NO_RELIGION', '27', 'Religion', 'Anti-Atheism/Agnosticism', 'Anti-Christian and other religions', NULL),
 ('RELIGION', 'UNKNOWN', '25', 'Religion', 'Anti-Other Religion', 'Anti-Christian and other religions',
  'The religion was not recorded'),
 ('RELIGION', NULL, '25', 'Religion', 'Anti-Other Religion', 'Anti-Christian and other religions',
  'No religion category was recorded'),
 ('SEXUAL_ORIENTATION', NULL, '43', 'Sexual Orientation', 'Anti-Lesbian, Gay, Bisexual, or Transgender (Mixed Group)',
  'Sexual orientation and gender identity', 'Which sexual orientation is not recorded'),
 ('DISABILITY', NULL, NULL, 'Disability', 'Anti-Physical or Anti-Mental Disability (51 or 52)', 'Disability',
  'The kind of disability is not recorded, so no single code can be given'),
 ('TRANSGENDER', NULL, '71', 'Gender Identity', 'Anti-Transgender', 'Sexual orientation and gender identity', NULL),
 ('SEX', NULL, NULL, 'Gender', 'Anti-Male or Anti-Female (61 or 62)', 'Gender', 'The victim''s sex is not recorded'),
 ('ALTERNATIVE_SUBCULTURE', NULL, NULL, 'None', 'No NIBRS equivalent', 'No OSCE/ODIHR equivalent',
  'A local strand with no international category');

-- Open data: each publication is a set of monthly tables (area by strand) after disclosure control.
CREATE TABLE insights_publication (
    id            BIGSERIAL PRIMARY KEY,
    scope_unit_id BIGINT NOT NULL REFERENCES unit (id),
    period_from   DATE NOT NULL,
    period_to     DATE NOT NULL,
    published_by  TEXT NOT NULL,
    published_at  TIMESTAMPTZ NOT NULL,
    CHECK (period_to >= period_from)
);
CREATE TABLE insights_published_cell (
    publication_id BIGINT NOT NULL REFERENCES insights_publication (id),
    month          DATE NOT NULL,
    row_order      INT NOT NULL,
    row_label      TEXT NOT NULL,
    col_order      INT NOT NULL,
    col_code       TEXT NOT NULL,
    col_label      TEXT NOT NULL,
    -- NULL when the cell is suppressed
    value          INT CHECK (value IS NULL OR value >= 0),
    PRIMARY KEY (publication_id, month, row_order, col_order)
);

-- Dip checks: a random sample of recorded cases, each with the checker's verdict.
CREATE TABLE insights_dip_check (
    id            BIGSERIAL PRIMARY KEY,
    scope_unit_id BIGINT NOT NULL REFERENCES unit (id),
    period_from   DATE NOT NULL,
    period_to     DATE NOT NULL,
    drawn_by      TEXT NOT NULL,
    drawn_at      TIMESTAMPTZ NOT NULL
);
CREATE TABLE insights_dip_check_case (
    dip_check_id   BIGINT NOT NULL REFERENCES insights_dip_check (id),
    case_reference TEXT NOT NULL,
    verdict        TEXT CHECK (verdict IN ('CORRECT', 'WRONG_STRAND', 'WRONG_OFFENCE', 'SHOULD_NOT_BE_RECORDED', 'OTHER_PROBLEM')),
    note           TEXT CHECK (length(note) <= 2000),
    checked_by     TEXT,
    checked_at     TIMESTAMPTZ,
    PRIMARY KEY (dip_check_id, case_reference),
    CHECK ((verdict IS NULL) = (checked_at IS NULL))
);

-- The words and phrases that suggest hostility towards a group, for the "no strand" data-quality check. Each is
-- matched as whole words, without regard to case (PostgreSQL \m...\M), in the account and the reason given.
CREATE TABLE insights_hostility_phrase (
    phrase     TEXT PRIMARY KEY CHECK (length(phrase) BETWEEN 2 AND 100),
    suggests   TEXT NOT NULL REFERENCES strand (code)
);
INSERT INTO insights_hostility_phrase (phrase, suggests) VALUES
 ('racist', 'RACE'), ('racial', 'RACE'), ('go back to your country', 'RACE'), ('go back home', 'RACE'),
 ('skin colour', 'RACE'), ('foreigner', 'RACE'), ('immigrant', 'RACE'), ('asylum seeker', 'RACE'),
 ('muslim', 'RELIGION'), ('islam', 'RELIGION'), ('islamophobic', 'RELIGION'), ('antisemitic', 'RELIGION'), ('jewish', 'RELIGION'), ('jew', 'RELIGION'), ('synagogue', 'RELIGION'),
 ('mosque', 'RELIGION'), ('hijab', 'RELIGION'), ('headscarf', 'RELIGION'), ('turban', 'RELIGION'), ('sikh', 'RELIGION'),
 ('hindu', 'RELIGION'), ('church', 'RELIGION'), ('kippah', 'RELIGION'),
 ('homophobic', 'SEXUAL_ORIENTATION'), ('gay', 'SEXUAL_ORIENTATION'), ('lesbian', 'SEXUAL_ORIENTATION'),
 ('bisexual', 'SEXUAL_ORIENTATION'), ('holding hands', 'SEXUAL_ORIENTATION'),
 ('disabled', 'DISABILITY'), ('disability', 'DISABILITY'), ('wheelchair', 'DISABILITY'), ('learning difficulty', 'DISABILITY'),
 ('autistic', 'DISABILITY'), ('blind', 'DISABILITY'), ('deaf', 'DISABILITY'),
 ('transphobic', 'TRANSGENDER'), ('trans', 'TRANSGENDER'), ('transgender', 'TRANSGENDER'), ('deadname', 'TRANSGENDER'),
 ('misgender', 'TRANSGENDER'),
 ('goth', 'ALTERNATIVE_SUBCULTURE'), ('misogynist', 'SEX'), ('misogynistic', 'SEX'), ('misogyny', 'SEX'), ('sexist', 'SEX');
