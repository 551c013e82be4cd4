#!/usr/bin/env bash
# Start-up benchmark (not a test): the run command's time to "All healthy", each service's time to ready
# (as the run command reports it) and its resident memory after 10 s idle. Runs the suite twice on a fresh
# data folder: the first run also records each service's class-data archive, the second starts from it.
# Needs a built tree (./mvnw package -DskipTests) and free default ports (or SUITE_*_PORT settings).
# Usage: bench/startup.sh [data folder, default target/bench-startup]
set -euo pipefail
cd "$(dirname "$0")/.."
export SUITE_DATA_DIR="${1:-$PWD/target/bench-startup}" SUITE_SKIP_BUILD=true
rm -rf "$SUITE_DATA_DIR"
echo "cores $(nproc); data in $SUITE_DATA_DIR"
for run in first second; do
    log="$SUITE_DATA_DIR.$run.log"
    mkdir -p "$(dirname "$log")"
    started=$(date +%s%N)
    setsid ./start-suite.sh > "$log" 2>&1 &
    launcher=$!
    until grep -q "All healthy" "$log"; do
        if ! kill -0 "$launcher" 2>/dev/null; then echo "the suite did not start:"; cat "$log"; exit 1; fi
        sleep 0.1
    done
    healthy=$(( ($(date +%s%N) - started) / 1000000 ))
    echo "== $run run: all healthy after ${healthy} ms"
    grep "ready in" "$log" | sed 's/^/   /'
    sleep 10
    for pidfile in "$SUITE_DATA_DIR"/pids/*.pid; do
        service=$(basename "$pidfile" .pid)
        rss=$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$(cat "$pidfile")/status")
        echo "   $service: resident ${rss} MB after 10 s idle; $(grep -o 'started in [0-9.]*s' "$SUITE_DATA_DIR/logs/$service.log" | tail -1)"
    done
    kill -TERM "$launcher"
    wait "$launcher" || true
done
