#!/usr/bin/env bash
# Benchmarks gcsj side by side with the parse floor and the tools a user might pick instead, on
# the same generated files; prints the results and the targets of issue 5 (bench/run.py).
#
#   bench/run.sh [SIZES...]        default sizes: 500 10000
#
# Needs a release build (cmake --workflow --preset default). Peers are used when present:
# python3 with PyYAML and jsonschema (Debian python3-yaml python3-jsonschema), ajv-cli (npm),
# yamllint (Debian). RUNS (default 5) interleaved rounds; medians are reported.
set -euo pipefail
cd "$(dirname "$0")/.."
exec python3 bench/run.py "$@"
