#!/usr/bin/env bash
# Generates synthetic cases into a fresh embedded PostgreSQL and reports the rate and the peak memory of
# the generator's JVM. Usage: bench/generator/run.sh [CASES] (default 1000000). Needs target/reassure.jar
# (mvn -o -q package -DskipTests) and GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/../.."
CASES="${1:-1000000}"
JAR="${JAR:-target/reassure.jar}"
[ -f "$JAR" ] || { echo "Build the jar first: mvn -o -q package -DskipTests" >&2; exit 1; }
DATA="$(mktemp -d /tmp/reassure-bench-XXXXXX)"
trap 'rm -rf "$DATA"' EXIT
export REASSURE_DATA_DIR="$DATA" REASSURE_DEMO_DATA=false
unset SPRING_DATASOURCE_URL || true
JAVA_OPTS=(-Xmx1g)
run() { java "${JAVA_OPTS[@]}" -jar "$JAR" "$@"; }

# A force with three boroughs, each with a Community Safety Unit (cases are allocated there).
run admin create-unit --code BENCH --name "Benchmark force" >/dev/null
for b in NORTH SOUTH EAST; do
  run admin create-unit --code "$b" --name "$b borough" --parent BENCH >/dev/null
  run admin create-unit --code "$b-CSU" --name "$b Community Safety Unit" --parent "$b" >/dev/null
done

echo "Generating $CASES cases into $DATA" >&2
/usr/bin/time -v -o "$DATA/time.txt" java "${JAVA_OPTS[@]}" -jar "$JAR" generate --cases "$CASES" --seed 1 --years 5 --src-effect 0.3 --verbose \
  | tee "$DATA/out.txt"
RSS_KB=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$DATA/time.txt")
WALL=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$DATA/time.txt")
echo "cases: $CASES"
echo "wall clock of the whole command (JVM start, migrations check, generation, commit): $WALL"
echo "peak RSS of the generator JVM: $((RSS_KB / 1024)) MB"
echo "database size: $(du -sh "$DATA/postgres" | cut -f1)"
