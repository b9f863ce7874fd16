#!/usr/bin/env bash
# Insights benchmark: loads about N synthetic cases into a fresh embedded database, rebuilds the read model and
# times the dashboard, the Home Office return and the streamed case export with curl.
#   bench/insights/run.sh [cases, default 1000000] [seed, default 1]
set -euo pipefail
CASES=${1:-1000000}
SEED=${2:-1}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${BENCH_DIR:-$ROOT/target/bench-insights}
PORT=${BENCH_PORT:-18093}
JAR=$ROOT/target/reassure.jar
[ -f "$JAR" ] || (cd "$ROOT" && mvn -B -ntp -q -o package -DskipTests)
rm -rf "$WORK" && mkdir -p "$WORK"
export REASSURE_DATA_DIR=$WORK/data PORT REASSURE_INSIGHTS_REFRESH_INTERVAL=PT24H

echo "Starting Reassure on port $PORT (data in $WORK)"
java -Xmx512m -jar "$JAR" > "$WORK/service.log" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null || true' EXIT
for i in $(seq 1 180); do
  curl -fs "http://localhost:$PORT/actuator/health" >/dev/null 2>&1 && break
  sleep 1
done
PGPORT=$(sed -n 4p "$WORK/data/postgres/postmaster.pid" | tr -d ' ')
PSQL="psql -q -h localhost -p $PGPORT -U postgres -d postgres -v ON_ERROR_STOP=1"

START=$(date +%s.%N)
if java -jar "$JAR" --help 2>/dev/null | grep -qE "^ +generate"; then
  echo "Loading $CASES cases with the generator"
  java -jar "$JAR" generate --cases "$CASES" --seed "$SEED"
else
  echo "Loading $CASES cases with SQL (generate_series)"
  $PSQL -v cases="$CASES" -v seed="0.$SEED" -f "$ROOT/bench/insights/load.sql"
fi
END=$(date +%s.%N)
echo "load: $(echo "$END - $START" | bc) s; cases in the database: $($PSQL -At -c 'SELECT count(*) FROM hate_case')"

# Sign in as the force-wide analyst, keeping the session and CSRF token.
JAR_COOKIES=$WORK/cookies
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
TOKEN=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "http://localhost:$PORT/sign-in" | csrf)
curl -s -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" --data-urlencode "username=analyst" --data-urlencode "password=reassure-demo" \
  --data-urlencode "_csrf=$TOKEN" "http://localhost:$PORT/sign-in"
TOKEN=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "http://localhost:$PORT/insights" | csrf)

START=$(date +%s.%N)
curl -s -o /dev/null -w 'refresh (POST /insights/refresh): HTTP %{http_code}, %{time_total} s\n' -c "$JAR_COOKIES" -b "$JAR_COOKIES" \
  --data-urlencode "_csrf=$TOKEN" "http://localhost:$PORT/insights/refresh"
echo "read model rows: facts $($PSQL -At -c 'SELECT count(*) FROM insights_case_fact'), cube $($PSQL -At -c 'SELECT count(*) FROM insights_cube')"

YEAR=$(date +%Y); LAST_FY=$(( $(date +%m) >= 4 ? YEAR - 1 : YEAR - 2 ))
timed() { # label path [output]
  for run in 1 2 3; do
    curl -s -o "${3:-/dev/null}" -w "$1 (run $run): HTTP %{http_code}, %{time_total} s, %{size_download} bytes\n" -b "$JAR_COOKIES" "http://localhost:$PORT$2"
  done
}
timed "dashboard, force, last 12 months" "/insights"
timed "dashboard, force, 5 years, race" "/insights?strand=RACE&from-month=1&from-year=$((YEAR - 5))&to-month=12&to-year=$YEAR"
timed "dashboard, one borough" "/insights?unit=HNS"
timed "Home Office return page" "/insights/return?year=$LAST_FY"
timed "Home Office return ODS" "/insights/return.ods?year=$LAST_FY"
timed "NIBRS/OSCE mapping CSV" "/insights/bias-mapping.csv?year=$LAST_FY"
timed "data quality page" "/insights/quality"
curl -s -o "$WORK/cases.csv" -w "case export, force, 6 years (streamed, -Xmx512m): HTTP %{http_code}, %{time_total} s, %{size_download} bytes\n" \
  -b "$JAR_COOKIES" "http://localhost:$PORT/insights/export/cases.csv?from-month=1&from-year=$((YEAR - 6))&to-month=12&to-year=$YEAR"
echo "case export lines: $(wc -l < "$WORK/cases.csv")"
