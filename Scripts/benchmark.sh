#!/usr/bin/env bash
# Benchmarks CICallback against raw libxml2, JSONSerialization and XMLCoder.
#
#   bash Scripts/benchmark.sh                 generate payloads if missing, build (release), run, print the table
#   bash Scripts/benchmark.sh --build-only    only build the benchmark package (CI; alias --quick)
#   bash Scripts/benchmark.sh --profile       callgrind over 20 decodes of the 1 MiB XML; top 25 inclusive and self
#   bash Scripts/benchmark.sh --regenerate    regenerate the payloads first
#
# Environment: BENCH_SCALE (default 1) multiplies rounds and time budgets; the
# default run takes about 4 minutes of measuring on a 2-core machine, plus the build.
# BENCH_XMLCODER_LIMIT (default 60) caps one XMLCoder decode of the 32 MiB body, in seconds.
#
# The benchmark package is Benchmarks/ (its own Package.swift, depending on the
# root by path), so library users never resolve its dependencies. Payloads are
# generated into Benchmarks/Payloads/ (git-ignored) by Scripts/generate-payloads.py.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bench="$root/Benchmarks"
payloads="$bench/Payloads"
mode=run
regenerate=0
for argument in "$@"; do
    case "$argument" in
        --build-only | --quick) mode=build ;;
        --profile) mode=profile ;;
        --regenerate) regenerate=1 ;;
        -h | --help)
            sed -n '2,16p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
            exit 0
            ;;
        *)
            echo "benchmark.sh: unknown argument $argument (try --help)" >&2
            exit 2
            ;;
    esac
done

if [[ $mode == build ]]; then
    # Compile-only check for CI: a debug build type-checks and links the same code
    # as the release build, in about half the time.
    time swift build --package-path "$bench" -c debug
    exit 0
fi

generate() {
    if [[ $regenerate == 1 || ! -f "$payloads/videotag-1m.xml" || ! -f "$payloads/videotag-32m.xml" ]]; then
        echo "== generating payloads into $payloads" >&2
        python3 "$root/Scripts/generate-payloads.py" --out "$payloads" --sizes 1m,32m
    fi
}

echo "== building the benchmark package (release)" >&2
generate &
generator=$!
swift build --package-path "$bench" -c release 2>&1 | grep -Ev '^\[[0-9]+/[0-9]+\]' >&2
wait "$generator"
bin="$(swift build --package-path "$bench" -c release --show-bin-path)"

if [[ $mode == profile ]]; then
    command -v valgrind > /dev/null || {
        echo "benchmark.sh: --profile needs valgrind (apt-get install valgrind)" >&2
        exit 1
    }
    out="$bench/.build/callgrind.out"
    echo "== callgrind: 20 decodes of videotag-1m.xml (row b)" >&2
    valgrind --tool=callgrind --callgrind-out-file="$out" "$bin/cicallback-bench" profile \
        "$payloads/videotag-1m.xml" 20 b 2>&1 | grep -E 'profiled|Collected' >&2
    demangle() { swift demangle --simplified | cut -c1-220; }
    echo "== top 25 functions, inclusive"
    callgrind_annotate --inclusive=yes --threshold=100 "$out" | grep -E '^ *[0-9,]+ ' | head -26 | demangle
    echo
    echo "== top 25 functions, self"
    callgrind_annotate --inclusive=no --threshold=100 "$out" | grep -E '^ *[0-9,]+ ' | head -26 | demangle
    exit 0
fi

echo "== $(swift --version 2>&1 | head -1); $(uname -srm); $(date -u +%Y-%m-%dT%H:%MZ)"
"$bin/cicallback-bench" run --fixtures "$root/Fixtures" --payloads "$payloads" \
    --scale "${BENCH_SCALE:-1}" --xmlcoder-limit "${BENCH_XMLCODER_LIMIT:-60}" | tee "$bench/.build/last-run.txt"
