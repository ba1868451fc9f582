#!/usr/bin/env bash
# Benchmarks CICallback against raw libxml2, JSONSerialization and XMLCoder.
#
#   bash Scripts/benchmark.sh                 generate payloads if missing, build (release), run, print the table
#   bash Scripts/benchmark.sh --build-only    only build the benchmark package (CI; alias --quick)
#   bash Scripts/benchmark.sh --profile       callgrind: 20 decodes of the 1 MiB XML (rows a, b) and JSON (d, e),
#                                             and the first decodes in a fresh process; top 25 inclusive and self
#   bash Scripts/benchmark.sh --regenerate    regenerate the payloads first
#
# Environment: BENCH_SCALE (default 1) multiplies rounds and time budgets; the
# default run takes about 2-3 minutes of measuring on a 2-core machine, plus the build.
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

# Payloads are regenerated when missing or when the generator changed since they were made.
generate() {
    local stamp="$payloads/.generator.sha256"
    local want
    want="$(sha256sum "$root/Scripts/generate-payloads.py" | cut -d' ' -f1)"
    if [[ $regenerate == 1 || ! -f "$payloads/videotag-1m.xml" || ! -f "$payloads/videotag-32m.xml" ||
        "$(cat "$stamp" 2> /dev/null)" != "$want" ]]; then
        echo "== generating payloads into $payloads" >&2
        python3 "$root/Scripts/generate-payloads.py" --out "$payloads" --sizes 1m,32m
        echo "$want" > "$stamp"
    fi
}

echo "== building the benchmark package (release)" >&2
generate &
generator=$!
swift build --package-path "$bench" -c release 2>&1 | { grep -Ev '^\[[0-9]+/[0-9]+\]' || true; } >&2
wait "$generator"
bin="$(swift build --package-path "$bench" -c release --show-bin-path)"

if [[ $mode == profile ]]; then
    command -v valgrind > /dev/null || {
        echo "benchmark.sh: --profile needs valgrind (apt-get install valgrind)" >&2
        exit 1
    }
    decodes=20
    out="$bench/.build"
    # Rows a, b over the 1 MiB XML; rows d, e over the JSON of the same content.
    for row in a b d e; do
        case $row in a | b) file=videotag-1m.xml ;; *) file=videotag-1m.json ;; esac
        echo "== callgrind: $decodes decodes of $file, row $row" >&2
        valgrind --tool=callgrind --callgrind-out-file="$out/callgrind.$row.out" "$bin/cicallback-bench" \
            profile "$payloads/$file" "$decodes" "$row" 2>&1 | grep -E 'profiled|Collected' >&2
    done
    # The first decode in a fresh process: one XML and one JSON decode of the VideoTag
    # seed, each the first of its format, then 9 later ones of each.
    seed="$root/Fixtures/video-tag/job-api"
    for order in xml json; do
        echo "== callgrind: first decodes in a fresh process, $order first" >&2
        valgrind --tool=callgrind --callgrind-out-file="$out/callgrind.first-$order.out" "$bin/cicallback-bench" \
            first "$seed.xml" "$seed.json" "$order" 9 2>&1 | grep -E 'Collected' >&2
    done
    annotate() { callgrind_annotate --auto=no --threshold=100 "$@" | swift demangle --simplified; }
    # Instructions per call of the function matching $2 (inclusive), in millions; $3 calls.
    per_call() {
        annotate --inclusive=yes "$out/callgrind.$1.out" |
            awk -v n="$3" -v pattern="$2" '$0 ~ pattern { gsub(",", "", $1); if ($1 > max) max = $1 } END { printf "%.2f", max / n / 1e6 }'
    }
    ratio() { python3 -c "print(f'{$1 / $2:.2f}')"; }
    a="$(per_call a 'Row\.run\(_:\)' $decodes)"
    b="$(per_call b 'Row\.run\(_:\)' $decodes)"
    d="$(per_call d 'Row\.run\(_:\)' $decodes)"
    e="$(per_call e 'Row\.run\(_:\)' $decodes)"
    echo "== instructions per decode of videotag-1m.xml: (a) libxml2 no-op ${a}M, (b) typed XML ${b}M → (b)/(a) = $(ratio "$b" "$a")×"
    echo "== instructions per decode of videotag-1m.json: (d) JSONSerialization ${d}M, (e) typed JSON ${e}M → (e)/(d) = $(ratio "$e" "$d")×"
    for order in xml json; do
        fx="$(per_call first-$order 'firstDecodeXML' 1)"
        fj="$(per_call first-$order 'firstDecodeJSON' 1)"
        lx="$(per_call first-$order 'laterDecodeXML' 9)"
        lj="$(per_call first-$order 'laterDecodeJSON' 9)"
        echo "== first decodes, $order first in the process: XML first ${fx}M vs later ${lx}M (+$(python3 -c "print(f'{$fx - $lx:.2f}')")M); JSON first ${fj}M vs later ${lj}M (+$(python3 -c "print(f'{$fj - $lj:.2f}')")M) instructions"
    done
    for row in b e; do
        echo
        echo "== top 25 functions of row ($row), inclusive (% of the whole run; thunks left out)"
        annotate --inclusive=yes "$out/callgrind.$row.out" |
            python3 "$bench/callgrind-top.py" --mode inclusive --skip-above 97 --per "$decodes"
        echo
        echo "== top 25 functions of row ($row), self"
        annotate --inclusive=no "$out/callgrind.$row.out" | python3 "$bench/callgrind-top.py" --mode self --per "$decodes"
    done
    for order in xml; do
        echo
        echo "== top 25 functions of the first decodes ($order first), inclusive"
        annotate --inclusive=yes "$out/callgrind.first-$order.out" |
            python3 "$bench/callgrind-top.py" --mode inclusive --skip-above 97 --per 1
    done
    exit 0
fi

echo "== $(swift --version 2>&1 | head -1); $(uname -srm); $(date -u +%Y-%m-%dT%H:%MZ)"
"$bin/cicallback-bench" run --fixtures "$root/Fixtures" --payloads "$payloads" \
    --scale "${BENCH_SCALE:-1}" --xmlcoder-limit "${BENCH_XMLCODER_LIMIT:-60}" | tee "$bench/.build/last-run.txt"
