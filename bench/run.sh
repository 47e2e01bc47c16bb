#!/usr/bin/env bash
# Benchmarks gcsj side by side with the parse floor and the tools a user might pick instead, on
# the same generated files, and prints a table of median wall time, peak memory and ratios.
#
#   bench/run.sh [SIZES...]        default sizes: 500 10000
#
# Needs a release build (cmake --workflow --preset default). Peers are used when present:
# python3 with PyYAML and jsonschema (Debian python3-yaml python3-jsonschema), ajv-cli (npm),
# yamllint (Debian). Each command runs RUNS times (default 5); medians are reported.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-500 10000}")
read -r -a sizes <<<"${sizes[*]}"
runs=${RUNS:-5}
gcsj=build/cli/gcsj
floor=build/bench/parse_floor
work=${BENCH_DIR:-$(mktemp -d)}
schemas="$work/schemas"
mkdir -p "$schemas"
"$gcsj" schema partner >"$schemas/partner.schema.json"
"$gcsj" schema coordinating-group >"$schemas/coordinating-group.schema.json"

# median wall seconds and median peak RSS (KiB) of RUNS runs of a command. hyperfine, when
# installed, times with sub-millisecond resolution; /usr/bin/time's 10 ms would blur the 500 row.
measure() {
  local times=() mems=() memory_runs=$runs
  command -v hyperfine >/dev/null && memory_runs=1  # peak memory does not vary from run to run
  for _ in $(seq "$memory_runs"); do
    local out
    /usr/bin/time -o "$work/time.txt" -f "%e %M" "$@" >/dev/null 2>&1 || true
    out=$(tail -1 "$work/time.txt")
    times+=("${out% *}")
    mems+=("${out#* }")
  done
  local t m
  t=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  m=$(printf '%s\n' "${mems[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  if command -v hyperfine >/dev/null; then
    hyperfine -N -i --runs "$runs" --export-json "$work/hyperfine.json" -- "$(printf '%q ' "$@")" \
      >/dev/null 2>&1 &&
      t=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["results"][0]["median"])' \
        "$work/hyperfine.json")
  fi
  echo "$t $m"
}

printf "%-8s %-7s %-34s %9s %10s %9s\n" "SIZE" "LAYOUT" "COMMAND" "MEDIAN_S" "PEAK_MIB" "VS_GCSJ"
for n in "${sizes[@]}"; do
  for layout in files single; do
    dir="$work/$n-$layout"
    [ -d "$dir" ] || python3 bench/generate.py "$n" "$dir" --layout "$layout"
    target="$dir"
    declare -A results=()
    results["gcsj validate"]=$(measure "$gcsj" validate -q --no-config --as-of 2026-11-29 "$target")
    results["gcsj validate --jobs 1"]=$(measure "$gcsj" validate -q --no-config -j 1 --as-of 2026-11-29 "$target")
    results["parse floor (yaml-cpp events)"]=$(measure "$floor" "$target")
    if python3 -c "import yaml, jsonschema" 2>/dev/null; then
      results["python3 PyYAML-C + jsonschema"]=$(measure python3 bench/peer_jsonschema.py "$schemas" "$target")
    fi
    if command -v ajv >/dev/null && [ "$layout" = files ]; then
      results["ajv-cli (partner schema)"]=$(measure ajv validate --spec=draft2020 -c ajv-formats -s "$schemas/partner.schema.json" -d "$dir/partners/*.yaml")
    fi
    if command -v yamllint >/dev/null && [ "$n" -le 500 ]; then
      results["yamllint (syntax only)"]=$(measure yamllint -d relaxed "$target")
    fi
    base=${results["gcsj validate"]%% *}
    for name in "gcsj validate" "gcsj validate --jobs 1" "parse floor (yaml-cpp events)" \
                "python3 PyYAML-C + jsonschema" "ajv-cli (partner schema)" "yamllint (syntax only)"; do
      [ -n "${results[$name]:-}" ] || continue
      t=${results[$name]% *}
      m=${results[$name]#* }
      printf "%-8s %-7s %-34s %9.3f %10.1f %8.2fx\n" "$n" "$layout" "$name" "$t" "$(echo "$m / 1024" | bc -l)" \
        "$(echo "$t / $base" | bc -l)"
    done
    unset results
  done
done
