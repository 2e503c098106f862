#!/usr/bin/env bash
# Run the whole suite N times in random order (pytest-randomly, a new seed each run), keeping each
# run's JUnit XML and log so that a failure keeps its name; replay one with
#   .venv/bin/python -m pytest -p no:cacheprovider -p randomly --randomly-seed=SEED
# Usage: tools/soak.sh [RUNS] [OUT_DIR]
set -uo pipefail
runs=${1:-20}
out=${2:-soak}
mkdir -p "$out"
failed=0
started=$(date +%s)
for i in $(seq 1 "$runs"); do
  seed=$RANDOM$RANDOM
  if .venv/bin/python -m pytest -q -p no:cacheprovider -p randomly --randomly-seed="$seed" \
      --junitxml="$out/run-$i-seed-$seed.xml" >"$out/run-$i-seed-$seed.log" 2>&1; then
    echo "run $i (seed $seed): passed in $(( $(date +%s) - started )) s so far"
  else
    failed=$((failed + 1))
    echo "run $i (seed $seed): FAILED: $(grep -E '^(FAILED|ERROR) ' "$out/run-$i-seed-$seed.log" | tr '\n' ' ')"
  fi
done
echo "$runs runs, $failed failed, $(( $(date +%s) - started )) s"
[ "$failed" -eq 0 ]
