#!/usr/bin/env bash
# Hostile JSON bodies up to the default 64 MiB body limit, each decoded once by the
# release ci-callback tool: every one must be refused, within 1 s of wall time and
# within 64 MiB of peak memory above the body itself (body size + 64 MiB + the
# tool's peak RSS on a tiny body). Prints a table; exits 1 if any body misses.
#
#   bash Scripts/hostile-json.sh              build (release), generate, decode, print the table
#   bash Scripts/hostile-json.sh --no-build   use the existing .build/release/ci-callback
#   bash Scripts/hostile-json.sh --keep       keep the generated bodies (the temp dir is printed)
#
# Needs python3 and GNU time (/usr/bin/time -v; `apt-get install time`). About a minute.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build=1
keep=0
for argument in "$@"; do
    case "$argument" in
        --no-build) build=0 ;;
        --keep) keep=1 ;;
        -h | --help)
            sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
            exit 0
            ;;
        *)
            echo "hostile-json.sh: unknown argument $argument (try --help)" >&2
            exit 2
            ;;
    esac
done

if ! /usr/bin/time -v true > /dev/null 2>&1; then
    echo "hostile-json.sh: needs GNU time at /usr/bin/time (apt-get install time)" >&2
    exit 1
fi

if [[ $build == 1 ]]; then
    echo "== swift build -c release" >&2
    (cd "$root" && swift build -c release --product ci-callback 2>&1 | { grep -Ev '^\[[0-9]+/[0-9]+\]' || true; }) >&2
fi
tool="$root/.build/release/ci-callback"
[[ -x $tool ]] || {
    echo "hostile-json.sh: no $tool (run without --no-build)" >&2
    exit 1
}

dir="$(mktemp -d "${TMPDIR:-/tmp}/hostile-json.XXXXXX")"
if [[ $keep == 1 ]]; then
    echo "== bodies kept in $dir" >&2
else
    trap 'rm -rf "$dir"' EXIT
fi

echo "== generating bodies into $dir" >&2
python3 - "$dir" << 'EOF'
import os, sys

out = sys.argv[1]
LIMIT = 64 << 20  # the default Limits.maxBodyBytes


def write(name, *parts):
    data = b"".join(parts)
    assert len(data) <= LIMIT or name.startswith("over"), (name, len(data))
    with open(os.path.join(out, name + ".json"), "wb") as f:
        f.write(data)


def array(item, n, key=b"A"):
    return b'{"' + key + b'":[' + b",".join([item] * n) + b"]}"


write("tiny-valid", b'{"EventName": "TaskFinish", "JobsDetail": {"JobId": "j1"}}')
# Node count (default 4,000,000): wide arrays and objects of tiny values.
write("12M-empty-objects", array(b"{}", 12_000_000))
write("7M-one-element-arrays", array(b"[1]", 7_000_000))
write("16M-small-strings", array(b'"x"', 16_000_000))
write("21M-nulls", b'{"A":[' + b"null," * 12_000_000 + b"null]}")
write("5M-keys-one-object", b"{" + b",".join(b'"k%07d":1' % i for i in range(5_000_000)) + b"}")
write("12M-trailing-commas", array(b"[1,]", 12_000_000))
# Depth (default 64): nested arrays and objects.
write("30M-deep-arrays", b'{"A":' + b"[" * 30_000_000 + b"]" * 30_000_000 + b"}")
write("10M-deep-objects", b'{"A":' * 10_000_000 + b"1" + b"}" * 10_000_000)
# Text length (default 1 MiB): one huge string, raw and escaped.
write("60MB-string", b'{"Message":"', b"x" * 60_000_000, b'"}')
write("60MB-escaped-string", b'{"Message":"', b"\\u00e9" * 10_000_000, b'"}')
write("60MB-chinese-string", b'{"Message":"', "界".encode() * 20_000_000, b'"}')
# Syntax: a long valid prefix (3.9M nodes, under the node limit), then the error at the end.
write("late-syntax-error", array(b"{}", 3_900_000)[:-1] + b"x}")
write("late-invalid-utf8", array(b'"x"', 3_900_000)[:-2] + b',"\xff"]}')
write("unterminated-60MB-string", b'{"Message":"', b"x" * 60_000_000)
# Over the body limit itself.
write("over-64MiB", b'{"Message":"', b"x" * (LIMIT + 16), b'"}')
EOF

kib() { echo $(((${1} + 1023) / 1024)); }

measure() {  # file → "status wall_seconds rss_kib"
    local file="$1"
    local status=0
    /usr/bin/time -v -o "$dir/time.txt" "$tool" decode "$file" > /dev/null 2> "$dir/stderr.txt" || status=$?
    # GNU time reports the command's exit status; a non-zero one is a refusal.
    local wall rss
    wall="$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$dir/time.txt")"
    rss="$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$dir/time.txt")"
    echo "$status $wall $rss"
}

read -r _ _ baseline < <(measure "$dir/tiny-valid.json")
rm "$dir/tiny-valid.json"
echo "== $("$tool" --version 2> /dev/null || echo ci-callback); baseline peak RSS on a tiny body: $(awk -v k="$baseline" 'BEGIN { printf "%.1f MiB", k / 1024 }')"
printf '%-26s %9s %8s %10s %10s  %-6s %s\n' body "size" "wall" "peak RSS" "RSS-body" verdict "error"
failed=0
for file in "$dir"/*.json; do
    name="$(basename "$file" .json)"
    size="$(stat -c %s "$file")"
    read -r status wall rss < <(measure "$file")
    allowed=$(($(kib "$size") + 65536 + baseline))
    over=$((rss - $(kib "$size")))
    verdict=ok
    if [[ $status == 0 ]]; then
        verdict=ACCEPTED
    elif [[ $status -gt 1 ]]; then
        verdict=CRASH
    elif awk -v w="$wall" 'BEGIN { exit !(w > 1.0) }'; then
        verdict=SLOW
    elif ((rss > allowed)); then
        verdict=MEMORY
    fi
    [[ $verdict == ok ]] || failed=1
    message="$(head -c 300 "$dir/stderr.txt" | head -1 | sed "s|$dir/||")"
    printf '%-26s %8.1fM %7.2fs %8.1fM %9.1fM  %-6s %s\n' "$name" "$(awk -v b="$size" 'BEGIN { print b / 1048576 }')" \
        "$wall" "$(awk -v k="$rss" 'BEGIN { print k / 1024 }')" "$(awk -v k="$over" 'BEGIN { print k / 1024 }')" \
        "$verdict" "${message:0:110}"
    rm -f "$file"
done
echo "limits: refused (exit 1), wall ≤ 1 s, peak RSS ≤ body + 64 MiB + baseline"
exit $failed
