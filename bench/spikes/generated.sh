#!/usr/bin/env bash
# The spike detector on cases from the synthetic data generator (issue 7: "measure on generated data with injected
# spikes"). Generates CASES cases over five years into a fresh embedded database with known spikes, exports the
# daily counts per strand (force-wide, and per borough) with the same counting rule as Cases.dailyCounts, and runs
# the harness over them. Usage, from the repository root, after `mvn -o -q package -DskipTests`:
#   bench/spikes/generated.sh [CASES]        (default 300000)
set -euo pipefail
cd "$(dirname "$0")/../.."
CASES="${1:-300000}"
JAR="${JAR:-target/reassure.jar}"
[ -f "$JAR" ] || { echo "Build the jar first: mvn -o -q package -DskipTests" >&2; exit 1; }
DATA="$(mktemp -d /tmp/reassure-spikes-XXXXXX)"
OUT="${OUT:-$DATA}"
export REASSURE_DATA_DIR="$DATA" REASSURE_DEMO_DATA=false
unset SPRING_DATASOURCE_URL || true
run() { java -Xmx1g -jar "$JAR" "$@"; }

run admin create-unit --code BENCH --name "Benchmark force" >/dev/null
for b in NORTH SOUTH EAST; do
  run admin create-unit --code "$b" --name "$b borough" --parent BENCH >/dev/null
  run admin create-unit --code "$b-CSU" --name "$b Community Safety Unit" --parent "$b" >/dev/null
done

# Known spikes: force-wide rises in one strand (the generator multiplies that strand's cases by FACTOR on DATE,
# falling back to normal over DAYS days). Years: 2021-11-27 to 2026-11-26; the first year is history only.
SPIKES=(2023-03-14:RELIGION:3:7 2023-09-02:SEXUAL_ORIENTATION:2:14 2024-02-10:TRANSGENDER:3:7
        2024-07-30:RACE:1.5:21 2025-01-20:DISABILITY:2:7 2025-06-05:RELIGION:2:14 2025-11-11:TRANSGENDER:2:7
        2026-04-18:SEXUAL_ORIENTATION:3:3)
args=(); for s in "${SPIKES[@]}"; do args+=(--spike "$s"); done
echo "Generating $CASES cases into $DATA" >&2
run generate --cases "$CASES" --seed 7 --from 2021-11-27 --to 2026-11-26 "${args[@]}" >&2

# Daily counts: received that day (UK date), awaiting a decision or recorded as a crime, under each strand
# (the counting rule of Cases.dailyCounts). The service is started on the same data directory so that its
# embedded PostgreSQL is up, and queried with psql (Debian's postgresql-client).
PORT=18099 java -Xmx512m -jar "$JAR" > "$DATA/service.log" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null || true; wait $SERVICE 2>/dev/null || true' EXIT
for i in $(seq 1 120); do curl -fs http://localhost:18099/actuator/health >/dev/null 2>&1 && break; sleep 1; done
PGPORT=$(sed -n 4p "$DATA/postgres/postmaster.pid")
q() { psql -h localhost -p "$PGPORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -q "$@"; }
COUNTS_SQL="SELECT (c.received_at AT TIME ZONE 'Europe/London')::date AS day, %s AS series, count(*) AS count
  FROM hate_case c JOIN case_strand s ON s.case_id = c.id JOIN unit u ON u.id = c.unit_id
  LEFT JOIN unit b ON b.id = u.parent_id
  WHERE c.classification IS NULL OR c.classification = 'CRIME' GROUP BY 1, 2 ORDER BY 1, 2"
q -c "\copy ($(printf "$COUNTS_SQL" "'FORCE/' || s.strand_code")) TO '$OUT/counts-force.csv' CSV HEADER"
q -c "\copy ($(printf "$COUNTS_SQL" "coalesce(CASE WHEN b.parent_id IS NULL THEN u.code ELSE b.code END, u.code) || '/' || s.strand_code")) TO '$OUT/counts-borough.csv' CSV HEADER"
kill $SERVICE; wait $SERVICE 2>/dev/null || true; trap - EXIT

{ echo "series,start,days,factor"
  for s in "${SPIKES[@]}"; do IFS=: read -r day strand factor days <<<"$s"; echo "FORCE/$strand,$day,$days,$factor"; done
} > "$OUT/spikes-force.csv"
{ echo "series,start,days,factor"
  for s in "${SPIKES[@]}"; do IFS=: read -r day strand factor days <<<"$s"
    for b in NORTH SOUTH EAST; do echo "$b/$strand,$day,$days,$factor"; done; done
} > "$OUT/spikes-borough.csv"

echo "=== Force-wide series (one per strand)"
bench/spikes/run.sh --counts "$OUT/counts-force.csv" --spikes "$OUT/spikes-force.csv"
echo "=== Borough series (three boroughs x strand)"
bench/spikes/run.sh --counts "$OUT/counts-borough.csv" --spikes "$OUT/spikes-borough.csv"
echo "The database and the CSV files are in $DATA (and $OUT); delete them when done." >&2
