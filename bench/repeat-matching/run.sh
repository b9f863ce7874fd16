#!/usr/bin/env bash
# Repeat-victim matching at scale: loads N synthetic victims (default 1,000,000) into a scratch database on
# the Debian PostgreSQL server, with the service's own migrations, then times the candidate query that runs
# when a new victim is added (by e-mail, phone, similar name, address). Run from the repository root after
# `mvn package -DskipTests`. Needs: apt-get install postgresql (as CI installs it).
set -euo pipefail
people=${1:-1000000}
version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
pg_ctlcluster "$version" main start 2>/dev/null || true
port=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $3}')
runuser -u postgres -- psql -q -v ON_ERROR_STOP=1 <<SQL
DROP DATABASE IF EXISTS reassure_bench WITH (FORCE);
DROP ROLE IF EXISTS reassure_bench;
CREATE ROLE reassure_bench LOGIN PASSWORD 'reassure-bench-only';
CREATE DATABASE reassure_bench OWNER reassure_bench;
SQL
export SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:${port}/reassure_bench"
export SPRING_DATASOURCE_USERNAME=reassure_bench SPRING_DATASOURCE_PASSWORD=reassure-bench-only
java -jar target/reassure.jar admin create-unit --code BENCH --name "Benchmark force" >/dev/null
export PGPASSWORD=reassure-bench-only
psql() { command psql -h localhost -p "$port" -U reassure_bench -d reassure_bench -v ON_ERROR_STOP=1 "$@"; }

echo "Loading $people victims over $((people / 4)) cases..."
start=$(date +%s)
psql -q <<SQL
INSERT INTO hate_case (id, reference, status, channel, received_at, unit_id, account, perceived_by)
SELECT md5('case' || g)::uuid, 'HB-' || g, 'REPORTED', 'ONLINE', now() - (g % 1000) * interval '1 hour',
       (SELECT id FROM unit WHERE code = 'BENCH'), 'Synthetic account', 'VICTIM'
FROM generate_series(1, $people / 4) g;
INSERT INTO person (id, case_id, role, full_name, name_key, date_of_birth, phone, phone_key, email, email_key, address, address_key,
                    postcode, added_by)
SELECT md5('person' || g)::uuid, md5('case' || (1 + g % ($people / 4)))::uuid, 'VICTIM',
       n.first || ' ' || n.last, lower(n.first || ' ' || n.last), date '1950-01-01' + (g % 20000),
       '07700 ' || lpad((g % 1000000)::text, 6, '0'), '7700' || lpad((g % 1000000)::text, 6, '0'),
       'person' || g || '@example.com', 'person' || g || '@example.com',
       (g % 300) || ' High Street', (g % 300) || 'highstreet', 'TW' || (g % 20) || '1ES', 'bench'
FROM generate_series(1, $people) g,
     LATERAL (SELECT (ARRAY['Amira','Kwame','Priya','Tomasz','Grace','Yusuf','Hannah','Rohan','Blessing','Daniel','Fatima','Liam',
                            'Mei','Oluwaseun','Sofia','Arjun','Chloe','Ibrahim','Zainab','Marek'])[1 + g % 20] || chr(97 + g % 26) AS first,
                     (ARRAY['Hussain','Mensah','Sharma','Kowalski','Adeyemi','Khan','Levy','Patel','Okonkwo','Evans','Ahmed','Murphy',
                            'Chen','Balogun','Rossi','Singh','Taylor','Rahman','Ali','Nowak'])[1 + (g / 20) % 20] || chr(97 + (g / 400) % 26) AS last) n;
ANALYZE person;
SQL
echo "Loaded in $(( $(date +%s) - start )) s"

echo "Candidate query for a new victim (best of 5 runs, ms):"
for i in 1 2 3 4 5; do
  psql -qAt <<'SQL' | grep -o 'Execution Time: [0-9.]*' | sed 's/Execution Time: //'
EXPLAIN (ANALYZE, FORMAT TEXT)
SELECT q.id, similarity(q.name_key, 'amirab hussainc') AS name_sim
FROM person q
WHERE q.case_id <> '00000000-0000-0000-0000-000000000000' AND q.role IN ('VICTIM', 'COMPLAINANT')
  AND (q.email_key = 'person424242@example.com' OR q.phone_key = '7700424242' OR q.name_key % 'amirab hussainc'
       OR (q.address_key = '42highstreet' AND q.postcode = 'TW21ES'))
LIMIT 50;
SQL
done | sort -n | head -1
