#!/usr/bin/env bash
# Fuzzes CICallback with libFuzzer + AddressSanitizer (the harness is FuzzTesting/).
#
#   bash Scripts/fuzz.sh [SECONDS] [xml|json|all] [-- LIBFUZZER_ARGS...]
#       Builds the harness, seeds a working corpus from Fixtures/, and fuzzes for
#       SECONDS (default 60) with the XML, JSON or combined corpus and dictionary
#       (default all). Exits non-zero on any finding: crash, sanitizer report,
#       leak, timeout (> 1 s for one input) or out-of-memory (> 512 MB).
#   bash Scripts/fuzz.sh --replay
#       Runs the harness once, with --strict's invariants, on every file in
#       FuzzTesting/FailCases/; exits non-zero if any of them still fails.
#   bash Scripts/fuzz.sh --minimize FILE
#       Minimizes a crashing input; writes FILE.min next to it.
#   bash Scripts/fuzz.sh --build
#       Only builds the fuzzer.
#
#   --keep-going  keeps fuzzing after a finding (libFuzzer -fork=1 with
#                 -ignore_crashes/timeouts/ooms: still one fuzzing process at a
#                 time); every artifact is kept and the exit status is still 1.
#   --strict      also checks invariants: chunked decode == whole decode, and
#                 canonical JSON round-trips (CICALLBACK_FUZZ_STRICT=1).
#
# FUZZ_EXTRA_SEEDS=DIR adds DIR's .xml and .json files to the seeds (e.g. ../shared/samples).
# FUZZ_SEED=N seeds libFuzzer's generator (CI sets one); unset, libFuzzer picks one.
# Either way the log's "INFO: Seed: N" line names it, to run the same inputs again.
#
# Everything generated goes to FuzzTesting/.work/ (git-ignored): the fuzzer binary,
# corpora (corpus-xml/, corpus-json/, corpus-all/), artifacts/, logs/.
# One fuzzing process at a time; needs only the Swift toolchain (libFuzzer ships
# with it) and libxml2-dev.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
fuzz_pkg=$root/FuzzTesting
work=$fuzz_pkg/.work
fuzzer=$work/fuzz-callback
product=FuzzCallback

if ! command -v swift >/dev/null && [ -x /opt/swift/usr/bin/swift ]; then
    export PATH=/opt/swift/usr/bin:$PATH
fi
if [ -z "${ASAN_SYMBOLIZER_PATH:-}" ] && command -v llvm-symbolizer >/dev/null; then
    export ASAN_SYMBOLIZER_PATH=$(command -v llvm-symbolizer)
fi

# ASan's default 256 MB quarantine alone would take half of the 512 MB RSS limit.
export ASAN_OPTIONS=${ASAN_OPTIONS:-quarantine_size_mb=64}

usage() { sed -n '2,28p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

action=fuzz
seconds=60
kind=all
minimize_file=
keep_going=0
extra=()
while [ $# -gt 0 ]; do
    case "$1" in
    --replay) action=replay ;;
    --build) action=build ;;
    --minimize) action=minimize; minimize_file=${2:?--minimize needs a file}; shift ;;
    --strict) export CICALLBACK_FUZZ_STRICT=1 ;;
    --keep-going) keep_going=1 ;;
    -h | --help) usage; exit 0 ;;
    xml | json | all) kind=$1 ;;
    --) shift; extra=("$@"); break ;;
    *)
        if [[ $1 =~ ^[0-9]+$ ]]; then seconds=$1; else
            echo "fuzz.sh: unknown argument '$1'" >&2; usage >&2; exit 2
        fi ;;
    esac
    shift
done

build() {
    mkdir -p "$work"
    local flags=(-c debug --product "$product" -Xswiftc -sanitize=fuzzer,address)
    echo "== building $product (swift build ${flags[*]})"
    local start=$SECONDS
    # A second try covers "input file was modified during the build" when the
    # sources are being edited in the same tree.
    (cd "$fuzz_pkg" && { swift build "${flags[@]}" || { sleep 2; swift build "${flags[@]}"; }; })
    local bin
    bin=$(cd "$fuzz_pkg" && swift build "${flags[@]}" --show-bin-path)
    # SwiftPM renames an executable's `main`, which hides libFuzzer's; so the harness
    # is a static library (with CICallback's objects in it), linked here by hand.
    # libxml2 is named explicitly: a hand link does not see the module map's `link`.
    local link=(swiftc "$bin/lib$product.a" -sanitize=fuzzer,address -lxml2 -o "$fuzzer")
    if ! "${link[@]}" -use-ld=lld 2>"$work/link.log"; then
        "${link[@]}" 2>"$work/link.log" || { cat "$work/link.log" >&2; exit 1; }
    fi
    echo "== built $fuzzer in $((SECONDS - start)) s"
}

seed() {
    local corpus=$1 filter
    mkdir -p "$corpus"
    case "$kind" in
    xml) filter=(! -name '*.json') ;;
    json) filter=(! -name '*.xml') ;;
    all) filter=() ;;
    esac
    local file n=0
    while IFS= read -r -d '' file; do
        local rel=${file#"$root/Fixtures/"}
        cp "$file" "$corpus/seed-${rel//\//_}"
        n=$((n + 1))
    done < <(find "$root/Fixtures" -type f "${filter[@]}" -print0)
    local extra_seeds=0
    if [ -n "${FUZZ_EXTRA_SEEDS:-}" ]; then
        while IFS= read -r -d '' file; do
            cp "$file" "$corpus/extra-$(basename "$file")"
            extra_seeds=$((extra_seeds + 1))
        done < <(find "$FUZZ_EXTRA_SEEDS" -type f \( -name '*.xml' -o -name '*.json' \) "${filter[@]}" -print0)
    fi
    echo "== corpus $corpus: $n seeds from Fixtures/, $extra_seeds from FUZZ_EXTRA_SEEDS, $(find "$corpus" -type f | wc -l) files in all"
}

dictionary() {
    case "$kind" in
    xml | json) echo "$fuzz_pkg/$kind.dict" ;;
    all) cat "$fuzz_pkg/xml.dict" "$fuzz_pkg/json.dict" >"$work/all.dict"; echo "$work/all.dict" ;;
    esac
}

fuzz() {
    build
    local corpus=$work/corpus-$kind stamp
    stamp=$(date +%Y%m%d-%H%M%S)
    local artifacts=$work/artifacts/$kind-$stamp log=$work/logs/$kind-$stamp.log dict
    mkdir -p "$artifacts" "$work/logs"
    seed "$corpus"
    dict=$(dictionary)
    # Seeded: FUZZ_SEED picks the seed (CI sets one); libFuzzer prints it as "INFO: Seed:".
    local args=(-seed="${FUZZ_SEED:-0}" -max_total_time="$seconds" -timeout=1 -rss_limit_mb=512 -max_len=65536 -dict="$dict"
        -artifact_prefix="$artifacts/" -print_final_stats=1)
    if [ "$keep_going" = 1 ]; then
        args+=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
    fi
    args+=(${extra[@]+"${extra[@]}"} "$corpus")
    echo "== fuzzing ($kind) for $seconds s: $fuzzer ${args[*]}"
    echo "== log: $log"
    local status
    set +e
    # The full output goes to the log; NEW/REDUCE lines and the recommended
    # dictionary are left off the console.
    (cd "$work" && "$fuzzer" "${args[@]}") 2>&1 | tee "$log" |
        grep --line-buffered -vE '^#[0-9]+[[:space:]]+(NEW|REDUCE) |^".*" # Uses: [0-9]+$'
    status=${PIPESTATUS[0]}
    set -e
    summary "$log" "$corpus"
    local found
    found=$(find "$artifacts" -type f | sort)
    if [ "$status" -ne 0 ] || [ -n "$found" ]; then
        echo "== FINDING: the fuzzer exited with status $status"
        grep -E '^==[0-9]+==ERROR|^SUMMARY|ERROR: libFuzzer|Fatal error|deadly signal' "$log" | head -5 || true
        if [ -n "$found" ]; then
            echo "== artifacts:"
            echo "$found" | sed 's/^/   /'
            echo "== reproduce: $fuzzer <artifact>; minimize: bash Scripts/fuzz.sh --minimize <artifact>"
            echo "== then save it as FuzzTesting/FailCases/<short-name> and commit it"
        fi
        exit 1
    fi
    rmdir "$artifacts" 2>/dev/null || true
    echo "== no findings"
}

summary() {
    local log=$1 corpus=$2
    echo "== summary"
    grep -E '^#[0-9]+[[:space:]]+(DONE|pulse|INITED)|^#[0-9]+: cov: ' "$log" | tail -1 | sed 's/^/   last: /' || true
    grep -E '^Done [0-9]+ runs' "$log" | sed 's/^/   /' || true
    grep -E '^stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb)' "$log" |
        sed 's/^/   /' || true
    echo "   corpus: $(find "$corpus" -type f | wc -l) files, $(du -sh "$corpus" | cut -f1)"
}

replay() {
    build
    local dir=$fuzz_pkg/FailCases passed=0 failed=0 file
    mkdir -p "$work/logs"
    local cases=()
    if [ -d "$dir" ]; then
        while IFS= read -r -d '' file; do cases+=("$file"); done \
            < <(find "$dir" -type f ! -name '*.md' ! -name '.gitkeep' -print0 | sort -z)
    fi
    echo "== replaying ${#cases[@]} case(s) from FuzzTesting/FailCases/"
    for file in ${cases[@]+"${cases[@]}"}; do
        local name=${file#"$dir/"} log=$work/logs/replay-$(basename "$file").log
        # Strict: a case found by a strict run fails again if its invariant breaks.
        if CICALLBACK_FUZZ_STRICT=1 "$fuzzer" -timeout=1 -rss_limit_mb=512 -runs=1 "$file" >"$log" 2>&1; then
            echo "   ok    $name"
            passed=$((passed + 1))
        else
            echo "   FAIL  $name (log: $log)"
            # The report, then the first frames in our code (the sanitizer's own come first).
            grep -E '^==[0-9]+==ERROR|^SUMMARY|ERROR: libFuzzer|Fatal error' "$log" | head -3 |
                sed 's/^/         /' || true
            grep -E '^ +#[0-9]+ 0x.* in .*(CICallback|FuzzCallback|/Sources/)' "$log" | head -4 |
                sed -E 's/^ +/         /' || true
            failed=$((failed + 1))
        fi
    done
    echo "replay: $passed passed, $failed failed"
    [ "$failed" -eq 0 ]
}

minimize() {
    build
    local file out
    file=$(cd "$(dirname "$minimize_file")" && pwd)/$(basename "$minimize_file")
    out=$file.min
    echo "== minimizing $file -> $out"
    (cd "$work" && "$fuzzer" -minimize_crash=1 -max_total_time=120 -timeout=1 -rss_limit_mb=512 \
        -exact_artifact_path="$out" "$file") >"$work/logs/minimize.log" 2>&1 || true
    tail -3 "$work/logs/minimize.log"
    [ -f "$out" ] && echo "== wrote $out ($(wc -c <"$out") bytes)"
}

case "$action" in
build) build ;;
fuzz) fuzz ;;
replay) replay ;;
minimize) minimize ;;
esac
