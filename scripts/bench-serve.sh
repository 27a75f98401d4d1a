#!/usr/bin/env bash
# Load test of `dyad serve` on loopback: release build, 30 s of wrk against /api/state, then a clean stop.
# usage: scripts/bench-serve.sh [connections] [seconds]   (needs Debian's wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
connections=${1:-16}
seconds=${2:-30}
swift build -c release --product dyad --scratch-path .build-release >/dev/null
out=$(mktemp)
.build-release/release/dyad serve --port 0 >"$out" 2>&1 &
server=$!
trap 'kill -INT $server 2>/dev/null; wait $server 2>/dev/null; rm -f "$out"' EXIT
for _ in $(seq 50); do grep -q http "$out" && break; sleep 0.1; done
url=$(grep -o 'http://127.0.0.1:[0-9]*/' "$out")
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
wrk -t1 -c"$connections" -d"${seconds}s" --latency "${url}api/state?at=2015-01-01"
