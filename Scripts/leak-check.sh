#!/usr/bin/env bash
# Runs the built ci-callback over every fixture under valgrind's leak checker and
# fails if any run loses memory ("definitely" or "indirectly" lost).
#   bash Scripts/leak-check.sh            # builds debug first
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { apt-get update -qq && apt-get install -y -qq valgrind >/dev/null; }
swift build --product ci-callback >/dev/null
tool=$(swift build --show-bin-path)/ci-callback
passed=0
failed=0
for fixture in Fixtures/*/*.*; do
    case "$fixture" in */README.md) continue ;; esac
    # --json covers decoding, canonical encoding and, for bad bodies, the error path.
    log=$(mktemp)
    status=0
    # Only leaks are judged here (memcheck also flags an uninitialised read inside
    # the Swift runtime's metadata setup in FoundationEssentials: not ours, not a leak).
    valgrind --leak-check=full "$tool" decode --json "$fixture" >/dev/null 2>"$log" || status=$?
    if grep -qE "(definitely|indirectly) lost: [1-9]" "$log"; then
        echo "LEAK: $fixture (exit $status)"
        grep -E "lost:" "$log"
        failed=$((failed + 1))
    else
        passed=$((passed + 1))
    fi
    rm -f "$log"
done
echo "leak check: $passed passed, $failed failed"
[ "$failed" = 0 ]
