-- Loads :cases synthetic cases straight into the case tables (no web layer), spread over five years and the
-- demo force's units, roughly in the proportions of domain.md section 7. Deterministic for a given seed.
SELECT setseed(:seed);
CREATE TEMP TABLE bench_units AS SELECT array_agg(id ORDER BY id) AS ids FROM unit WHERE parent_id IS NOT NULL;
CREATE TEMP TABLE bench_case AS
SELECT g,
       md5(g::text || ':' || :seed)::uuid AS id,
       'HCB-' || lpad(g::text, 8, '0') AS reference,
       now() - (random() * interval '1825 days') AS received_at,
       random() AS r_class, random() AS r_offence, random() AS r_outcome, random() AS r_channel, random() AS r_strand,
       random() AS r_multi, random() AS r_contact, random() AS r_religion, random() AS r_unit, random() AS r_anon
FROM generate_series(1, :cases) g;

INSERT INTO hate_case (id, reference, status, channel, anonymous, received_at, unit_id, online, account, hostility_reason,
                       perceived_by, classification, offence_code, recorded_at, recorded_by, outcome_code, finalised_at)
SELECT b.id, b.reference,
       CASE WHEN b.r_class < 0.03 THEN 'REPORTED' WHEN b.r_outcome < 0.75 THEN 'FINALISED' ELSE 'UNDER_INVESTIGATION' END,
       CASE WHEN b.r_channel < 0.35 THEN 'ONLINE' WHEN b.r_channel < 0.42 THEN 'THIRD_PARTY' WHEN b.r_channel < 0.45 THEN 'KIOSK'
            WHEN b.r_channel < 0.85 THEN 'PHONE' WHEN b.r_channel < 0.95 THEN 'FRONT_COUNTER' ELSE 'HOME_VISIT' END,
       b.r_anon < 0.05,
       b.received_at,
       (SELECT ids[1 + floor(b.r_unit * cardinality(ids))::int] FROM bench_units),
       b.r_channel < 0.2,
       'Synthetic benchmark case ' || b.g,
       CASE WHEN b.r_anon < 0.02 THEN NULL ELSE 'Synthetic reason' END,
       'VICTIM',
       CASE WHEN b.r_class < 0.03 THEN NULL WHEN b.r_class < 0.12 THEN 'NCHI' WHEN b.r_class < 0.13 THEN 'NO_RECORD' ELSE 'CRIME' END,
       CASE WHEN b.r_class < 0.13 THEN NULL
            WHEN b.r_offence < 0.30 THEN 'HAD' WHEN b.r_offence < 0.51 THEN 'RA_HAD' WHEN b.r_offence < 0.72 THEN 'COMMON_ASSAULT'
            WHEN b.r_offence < 0.92 THEN 'ABH' WHEN b.r_offence < 0.97 THEN 'CRIMINAL_DAMAGE' WHEN b.r_offence < 0.99 THEN 'HARASSMENT'
            ELSE 'THEFT' END,
       CASE WHEN b.r_class < 0.03 THEN NULL ELSE b.received_at + interval '5 hours' END,
       CASE WHEN b.r_class < 0.03 THEN NULL ELSE 'bench' END,
       CASE WHEN b.r_class < 0.03 OR b.r_outcome >= 0.75 THEN NULL
            WHEN b.r_outcome < 0.055 THEN 1 WHEN b.r_outcome < 0.30 THEN 14 WHEN b.r_outcome < 0.36 THEN 16
            WHEN b.r_outcome < 0.40 THEN 8 WHEN b.r_outcome < 0.60 THEN 18 ELSE 15 END,
       CASE WHEN b.r_class < 0.03 OR b.r_outcome >= 0.75 THEN NULL ELSE b.received_at + interval '40 days' END
FROM bench_case b;

INSERT INTO case_strand (case_id, strand_code)
SELECT id, CASE WHEN r_strand < 0.68 THEN 'RACE' WHEN r_strand < 0.74 THEN 'RELIGION' WHEN r_strand < 0.89 THEN 'SEXUAL_ORIENTATION'
                WHEN r_strand < 0.975 THEN 'DISABILITY' ELSE 'TRANSGENDER' END
FROM bench_case;
-- About 5.5% carry a second strand (antisemitic offences often race and religion).
INSERT INTO case_strand (case_id, strand_code)
SELECT id, CASE WHEN r_strand < 0.68 THEN 'RELIGION' ELSE 'RACE' END FROM bench_case WHERE r_multi < 0.055
ON CONFLICT DO NOTHING;
INSERT INTO case_religion (case_id, category)
SELECT s.case_id, CASE WHEN b.r_religion < 0.45 THEN 'ANTI_MUSLIM' WHEN b.r_religion < 0.69 THEN 'ANTI_JEWISH'
                       WHEN b.r_religion < 0.79 THEN 'ANTI_CHRISTIAN' WHEN b.r_religion < 0.85 THEN 'ANTI_SIKH'
                       WHEN b.r_religion < 0.90 THEN 'ANTI_HINDU' WHEN b.r_religion < 0.92 THEN 'ANTI_BUDDHIST' ELSE 'OTHER' END
FROM case_strand s JOIN bench_case b ON b.id = s.case_id WHERE s.strand_code = 'RELIGION';
INSERT INTO case_flag (case_id, flag) SELECT id, 'REPEAT_VICTIM' FROM bench_case WHERE r_contact > 0.88;
-- First contact for 85% of cases, skewed towards the first day; a secondary reassurance contact for 20%.
INSERT INTO care_contact (id, case_reference, kind, channel, outcome, at, recorded_by, recorded_at)
SELECT md5('fc' || g)::uuid, reference, 'FIRST_CONTACT', 'PHONE', 'MADE', received_at + (r_contact * r_contact * interval '80 hours'), 'bench', now()
FROM bench_case WHERE r_contact < 0.85;
INSERT INTO care_contact (id, case_reference, kind, channel, outcome, at, recorded_by, recorded_at)
SELECT md5('src' || g)::uuid, reference, 'SECONDARY_REASSURANCE', 'PHONE', 'MADE', received_at + interval '14 days', 'bench', now()
FROM bench_case WHERE r_contact < 0.20;
ANALYZE hate_case; ANALYZE case_strand; ANALYZE care_contact;
