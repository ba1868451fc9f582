#!/usr/bin/env bash
# Instructions per decode, counted by valgrind: the same whatever the machine's load,
# so two commits can be compared on a busy machine (Benchmarks/README.md,
# "Instructions per decode").
#
#   bash Scripts/instructions.sh [--jobs J] [--out FILE] [--no-build] [BODY...]
#       Builds the benchmark package (release), then for each body runs callgrind on
#       N and 2N decodes of our row and of its baseline row and prints
#       (Ir(2N) - Ir(N)) / N for each, which leaves out the process's one-time
#       set-up: XML bodies row (b) typed XML vs (a) raw libxml2 no-op SAX2, JSON
#       bodies row (e) typed JSON vs (d) JSONSerialization. Then the median and max
#       ratio over the seed XML and the seed JSON bodies, and cachegrind's I1
#       (instruction-cache) misses per decode of two small seed XML bodies (32 KiB
#       I1, 8-way and fully associative).
#       BODY: .xml or .json files; by default every seed body of the benchmark's
#       table (Fixtures/<type>/<name>.xml|json outside bad-input/ that decodes:
#       56 XML and 31 JSON) and the generated 1 MiB payloads
#       (Benchmarks/Payloads/videotag-1m.xml|json, generated as
#       Scripts/benchmark.sh does when missing).
#       Results also go to FILE as tab-separated values (default
#       Benchmarks/.build/instructions.tsv), for --compare.
#   bash Scripts/instructions.sh --compare BEFORE.tsv AFTER.tsv
#       Before -> after, body by body, and the summaries; flags changes over 1%.
#
# Typical use, two commits in two worktrees (the script may be copied into the older one):
#   bash Scripts/instructions.sh --out /tmp/after.tsv
#   (cd ../wt-old && bash Scripts/instructions.sh --out /tmp/before.tsv)
#   bash Scripts/instructions.sh --compare /tmp/before.tsv /tmp/after.tsv
#
# Environment: SMALL_N (default 100) decodes for bodies under 256 KiB, LARGE_N
# (default 5) for larger ones (each is also run 2N times); I1_BODIES (default
# Fixtures/samples/ExtractDigitalWatermark-1.xml, 999 B, and Fixtures/video-tag/job-api.xml,
# 6.4 KB; space-separated) for the cachegrind figure. --jobs J (default 2)
# runs J valgrind processes at once; counts do not depend on it.
# Swift's hashing is made deterministic (SWIFT_DETERMINISTIC_HASHING=1) so that
# dictionary layouts, and with them the counts, repeat from run to run.
# Needs valgrind and python3. Default run: about 10-15 minutes on 2 shared cores, plus the build.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bench="$root/Benchmarks"
payloads="$bench/Payloads"

compare() {
    python3 - "$1" "$2" << 'EOF'
import statistics, sys

def load(path):
    rows, i1 = {}, {}
    for line in open(path):
        f = line.rstrip("\n").split("\t")
        if f[0] == "body":
            rows[(f[1], f[2])] = dict(kind=f[3], bytes=int(f[4]), ours=float(f[7]), base=float(f[9]))
        elif f[0] == "i1":
            i1[(f[1], f[2])] = (float(f[3]), float(f[4]), float(f[5]) if len(f) > 5 else float("nan"))
    return rows, i1

(before, i1b), (after, i1a) = load(sys.argv[1]), load(sys.argv[2])
keys = sorted(set(before) & set(after), key=lambda k: (before[k]["kind"] != "payload", k[1], k[0]))
def pct(a, b): return (b / a - 1) * 100 if a else float("nan")
print(f"{'body':40} {'ours before':>12} {'ours after':>12} {'Δ':>7} {'base Δ':>7} {'ratio before':>13} {'after':>6}")
worse = []
for k in keys:
    b, a = before[k], after[k]
    d = pct(b["ours"], a["ours"])
    print(f"{k[0] + '.' + k[1]:40} {b['ours']/1e6:11.4f}M {a['ours']/1e6:11.4f}M {d:+6.2f}% {pct(b['base'], a['base']):+6.2f}%"
          f" {b['ours']/b['base']:12.3f}× {a['ours']/a['base']:5.3f}×")
    if d > 1:
        worse.append((d, k))
for fmt in ("xml", "json"):
    ks = [k for k in keys if k[1] == fmt and before[k]["kind"] == "seed"]
    if not ks:
        continue
    rb = [before[k]["ours"] / before[k]["base"] for k in ks]
    ra = [after[k]["ours"] / after[k]["base"] for k in ks]
    mb, ma = max(zip(rb, ks)), max(zip(ra, ks))
    print(f"seed {fmt} ({len(ks)}): ratio median {statistics.median(rb):.3f}× -> {statistics.median(ra):.3f}×,"
          f" max {mb[0]:.3f}× ({mb[1][0]}) -> {ma[0]:.3f}× ({ma[1][0]});"
          f" ours median change {statistics.median(pct(before[k]['ours'], after[k]['ours']) for k in ks):+.2f}%")
for k in sorted(set(i1b) & set(i1a)):
    print(f"I1 misses per decode, {k[0]} row {k[1]}: 8-way {i1b[k][0]:.0f} -> {i1a[k][0]:.0f},"
          f" fully associative {i1b[k][2]:.0f} -> {i1a[k][2]:.0f}"
          f" (instructions {i1b[k][1]/1e6:.4f}M -> {i1a[k][1]/1e6:.4f}M)")
if worse:
    print("more than 1% more instructions after: " + ", ".join(f"{k[0]}.{k[1]} ({d:+.2f}%)" for d, k in sorted(worse, reverse=True)))
else:
    print("no body takes more than 1% more instructions after")
EOF
}

jobs=2
out="$bench/.build/instructions.tsv"
build=1
bodies=()
while (($#)); do
    case "$1" in
        --compare)
            [[ $# -eq 3 ]] || {
                echo "usage: instructions.sh --compare BEFORE.tsv AFTER.tsv" >&2
                exit 2
            }
            compare "$2" "$3"
            exit 0
            ;;
        --jobs) jobs="$2" && shift ;;
        --out) out="$2" && shift ;;
        --no-build) build=0 ;;
        -h | --help)
            sed -n '2,37p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
            exit 0
            ;;
        -*)
            echo "instructions.sh: unknown argument $1 (try --help)" >&2
            exit 2
            ;;
        *) bodies+=("$(cd "$(dirname "$1")" && pwd)/$(basename "$1")") ;;
    esac
    shift
done

command -v valgrind > /dev/null || {
    echo "instructions.sh: needs valgrind (apt-get install valgrind)" >&2
    exit 1
}
export PATH="/opt/swift/usr/bin:$PATH"

if [[ $build == 1 ]]; then
    echo "== building the benchmark package (release)" >&2
    swift build -c release --package-path "$bench" 2>&1 | { grep -Ev '^\[[0-9]+/[0-9]+\]' || true; } >&2
fi
bin="$(swift build -c release --package-path "$bench" --show-bin-path)/cicallback-bench"
[[ -x $bin ]] || {
    echo "instructions.sh: no $bin (build first)" >&2
    exit 1
}

if ((${#bodies[@]} == 0)); then
    # The payloads as Scripts/benchmark.sh makes them (same sizes, same stamp).
    stamp="$payloads/.generator.sha256"
    want="$(sha256sum "$root/Scripts/generate-payloads.py" | cut -d' ' -f1)"
    if [[ ! -f "$payloads/videotag-1m.xml" || ! -f "$payloads/videotag-1m.json" ||
        "$(cat "$stamp" 2> /dev/null)" != "$want" ]]; then
        echo "== generating payloads into $payloads" >&2
        python3 "$root/Scripts/generate-payloads.py" --out "$payloads" --sizes 1m,32m >&2
        echo "$want" > "$stamp"
    fi
    # The benchmark's seeds (Benchmarks/Sources/BenchSupport/Payloads.swift, discoverSeeds,
    # and the run's filter): Fixtures/<type>/<file>, never bad-input/, only bodies that decode.
    while IFS= read -r file; do
        case "$file" in *.xml) row=b ;; *) row=e ;; esac
        if { SWIFT_BACKTRACE=enable=no "$bin" profile "$file" 1 "$row"; } > /dev/null 2>&1; then
            bodies+=("$file")
        else
            echo "== left out, does not decode: ${file#"$root/"}" >&2
        fi
    done < <(find "$root/Fixtures" -mindepth 2 -maxdepth 2 -type f \( -name '*.xml' -o -name '*.json' \) \
        ! -path "$root/Fixtures/bad-input/*" | LC_ALL=C sort)
    bodies+=("$payloads/videotag-1m.xml" "$payloads/videotag-1m.json")
fi

export SWIFT_DETERMINISTIC_HASHING=1 SWIFT_BACKTRACE=enable=no
export bin root
export small_n="${SMALL_N:-100}" large_n="${LARGE_N:-5}"

# Instructions of N decodes of $1 in row $3 ($2 = N): callgrind's total for the process.
collected() {
    local line
    line="$(valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" profile "$1" "$2" "$3" 2>&1)" || {
        echo "instructions.sh: callgrind failed on $1 row $3: $line" >&2
        return 1
    }
    awk '/Collected :/ { print $NF }' <<< "$line"
}

# One tab-separated line per body:
# body NAME FORMAT KIND BYTES N OURS_ROW OURS BASE_ROW BASE RATIO (instructions per decode).
measure() {
    local file="$1" name kind format ours base n bytes
    case "$file" in
        "$root/Fixtures/"*) kind=seed name="${file#"$root/Fixtures/"}" ;;
        *) kind=payload name="$(basename "$file")" ;;
    esac
    case "$file" in
        *.xml) format=xml ours=b base=a ;;
        *.json) format=json ours=e base=d ;;
        *) echo "instructions.sh: $file is neither .xml nor .json" >&2 && return 1 ;;
    esac
    name="${name%.*}"
    bytes="$(stat -c %s "$file")"
    n=$small_n
    ((bytes < 262144)) || n=$large_n
    local o1 o2 b1 b2
    o1="$(collected "$file" "$n" "$ours")"
    o2="$(collected "$file" $((2 * n)) "$ours")"
    b1="$(collected "$file" "$n" "$base")"
    b2="$(collected "$file" $((2 * n)) "$base")"
    python3 -c "
o = ($o2 - $o1) / $n
b = ($b2 - $b1) / $n
print('\t'.join(['body', '$name', '$format', '$kind', '$bytes', '$n', '$ours', f'{o:.1f}', '$base', f'{b:.1f}', f'{o / b:.4f}']))"
}
export -f collected measure

echo "== callgrind: ${#bodies[@]} bodies, N and 2N decodes of each of two rows, $jobs at a time" >&2
results="$(mktemp)"
trap 'rm -f "$results"' EXIT
printf '%s\n' "${bodies[@]}" | xargs -d '\n' -P "$jobs" -n 1 bash -c 'set -euo pipefail; measure "$1"' _ > "$results"

# I1 misses per decode (cachegrind), for small seeds, our row and its baseline: with a
# 32 KiB 8-way I1 (fixed, so the figure does not depend on the host; this machine's L1i),
# and with a 32 KiB fully associative one, which has no conflict misses: the 8-way
# figure moves by hundreds when only the code's layout changes, the fully associative
# one follows the size of the code a decode runs through.
read -r -a i1_bodies <<< "${I1_BODIES:-$root/Fixtures/samples/ExtractDigitalWatermark-1.xml $root/Fixtures/video-tag/job-api.xml}"
# A figure from cachegrind's summary: the number after "$1" (commas removed).
figure() { awk -v label="$1" 'index($0, label) { gsub(",", "", $NF); print $NF }'; }
for i1_body in "${i1_bodies[@]}"; do
    echo "== cachegrind: I1 misses, ${i1_body#"$root/"}" >&2
    i1_name="$(realpath --relative-to="$root/Fixtures" "$i1_body")"
    for row in b a; do
        line="i1\t$i1_name\t$row"
        for i1_cache in 32768,8,64 32768,512,64; do
            i1=() ir=()
            for n in "$small_n" $((2 * small_n)); do
                report="$(valgrind --tool=cachegrind --cache-sim=yes --I1="$i1_cache" --D1=32768,8,64 \
                    --LL=8388608,16,64 --cachegrind-out-file=/dev/null "$bin" profile "$i1_body" "$n" "$row" 2>&1)"
                i1+=("$(figure "I1  misses:" <<< "$report")")
                ir+=("$(figure "I   refs:" <<< "$report")")
            done
            line="$line\t$(python3 -c "print(f'{(${i1[1]} - ${i1[0]}) / $small_n:.1f}')")"
        done
        # i1 NAME ROW MISSES(8-way) INSTRUCTIONS MISSES(fully associative), per decode
        line="$line\t$(python3 -c "print(f'{(${ir[1]} - ${ir[0]}) / $small_n:.1f}')")"
        echo -e "$line" | awk -F'\t' -v OFS='\t' '{ print $1, $2, $3, $4, $6, $5 }' >> "$results"
    done
done

mkdir -p "$(dirname "$out")"
{
    echo "# $(git -C "$root" rev-parse --short HEAD 2> /dev/null || echo '?') $(git -C "$root" status --porcelain --untracked-files=no 2> /dev/null | grep -q . && echo '(modified) ')$(date -u +%Y-%m-%dT%H:%MZ)"
    sort -t $'\t' -k1,1 -k4,4 -k3,3r -k2,2 "$results"
} > "$out"

python3 - "$out" << 'EOF'
import statistics, sys
rows, i1 = [], []
for line in open(sys.argv[1]):
    f = line.rstrip("\n").split("\t")
    if f[0] == "body":
        rows.append(f)
    elif f[0] == "i1":
        i1.append(f)
print(f"{'body':36} {'bytes':>8} {'N':>4}  {'ours':>13}  {'baseline':>13}  ratio")
for f in rows:
    print(f"{f[1] + '.' + f[2]:36} {f[4]:>8} {f[5]:>4}  ({f[6]}) {float(f[7])/1e6:8.4f} M  ({f[8]}) {float(f[9])/1e6:8.4f} M  {float(f[10]):.3f}×")
for fmt, label in (("xml", "(b)/(a)"), ("json", "(e)/(d)")):
    seeds = [f for f in rows if f[2] == fmt and f[3] == "seed"]
    if seeds:
        worst = max(seeds, key=lambda f: float(f[10]))
        print(f"seed {fmt.upper()} bodies: {len(seeds)}, {label} median {statistics.median(float(f[10]) for f in seeds):.3f}×,"
              f" max {float(worst[10]):.3f}× ({worst[1]}, {worst[4]} B)")
for f in i1:
    print(f"I1 misses per decode of {f[1]}, row ({f[2]}): {float(f[3]):.0f} with a 32 KiB 8-way I1,"
          f" {float(f[5]):.0f} fully associative (instructions {float(f[4])/1e6:.4f} M, cachegrind)")
print(f"(tab-separated: {sys.argv[1]})")
EOF
