#!/usr/bin/env bash
# Runs the built ci-callback over every fixture under valgrind's memcheck and fails
# if any run loses memory ("definitely" or "indirectly" lost) or has a memcheck
# error (an uninitialised read, an invalid access). What is not ours is suppressed,
# by name and with its reproduction, in .ci/valgrind-suppressions.txt.
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
    valgrind --leak-check=full --errors-for-leak-kinds=definite,indirect --suppressions=.ci/valgrind-suppressions.txt \
        "$tool" decode --json "$fixture" >/dev/null 2>"$log" || status=$?
    if grep -qE "(definitely|indirectly) lost: [1-9]" "$log"; then
        echo "LEAK: $fixture (exit $status)"
        grep -E "lost:" "$log"
        failed=$((failed + 1))
    elif ! grep -q "ERROR SUMMARY: 0 errors" "$log"; then
        echo "MEMCHECK ERROR: $fixture (exit $status)"
        grep -E "ERROR SUMMARY|^==[0-9]+== [A-Z]" "$log" | head -5
        failed=$((failed + 1))
    else
        passed=$((passed + 1))
    fi
    rm -f "$log"
done
echo "memcheck (leaks and errors): $passed passed, $failed failed"
[ "$failed" = 0 ]
