#!/usr/bin/env bash
# Spike detector harness: simulates several years of daily counts with weekly and seasonal patterns, injects
# known spikes, runs the detector day by day and prints detection delay and false alarms per series per year.
# Run from the repository root. Arguments go to org.reassure.spikes.internal.SpikeHarness, for example
#   bench/spikes/run.sh --years 6 --series 4 --baselines 0.2,1,4,20 --alpha 0.001,0.0005
#   bench/spikes/run.sh --counts counts.csv --spikes spikes.csv      # counts from generated cases
set -euo pipefail
mvn -B -ntp -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/spikes-classpath.txt -Dmdep.includeScope=test >/dev/null
java -cp "target/test-classes:target/classes:$(cat target/spikes-classpath.txt)" org.reassure.spikes.internal.SpikeHarness "$@"
