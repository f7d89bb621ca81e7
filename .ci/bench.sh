#!/usr/bin/env bash
# Benchmarks print figures; they are not tests and assert no timings. Chromium ones build first.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci --no-audit --no-fund
for bench in tests/bench/*.bench.ts; do
  echo "== $bench"
  npx tsx "$bench"
done
