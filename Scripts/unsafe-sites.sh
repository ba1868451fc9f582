#!/usr/bin/env bash
# Every unsafe site of the library, counted by the compiler's strict memory safety
# checking (SE-0458, Swift 6.2+), against the reviewed list in .ci/unsafe-sites.txt.
#
#   bash Scripts/unsafe-sites.sh            # fails if a file has more sites than listed
#   bash Scripts/unsafe-sites.sh --update   # rewrites the list (review the diff)
#
# Why a count and not `unsafe` markers in the source: the package builds with Swift
# 6.0 and 6.1, which do not parse the `unsafe` expression, so the sources cannot carry
# the markers, and `.strictMemorySafety()` in a 6.2 manifest would turn every site
# into a warning for 6.2 users. Instead this check builds the library once with
# `-strict-memory-safety` and lists where the unsafe constructs are: a new one shows
# up here, in review, with its file:line.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
list=.ci/unsafe-sites.txt
scratch=.build-safety
log=$(mktemp)
trap 'rm -f "$log"' EXIT

# A separate scratch path, built from scratch so every file is diagnosed (about a minute).
rm -rf "$scratch"
swift build --target CICallback --scratch-path "$scratch" -Xswiftc -strict-memory-safety >"$log" 2>&1 || {
    tail -30 "$log"
    exit 1
}
sites=$(grep -E "^$PWD/Sources/.*warning: .*\[#StrictMemorySafety\]" "$log" | sort -u | sed "s|^$PWD/||")
counts=$(printf '%s\n' "$sites" | grep -v '^$' | awk -F: '{print $1}' | sort | uniq -c | awk '{print $2, $1}')
total=$(printf '%s\n' "$sites" | grep -vc '^$' || true)

if [[ ${1:-} == --update ]]; then
    printf '%s\n' "$counts" >"$list"
    echo "wrote $list: $total unsafe sites"
    exit 0
fi

status=0
while read -r file count; do
    [[ -n $file ]] || continue
    allowed=$(awk -v f="$file" '$1 == f {print $2}' "$list")
    if [[ -z $allowed ]]; then
        echo "unsafe code in a new file: $file ($count sites):"
        printf '%s\n' "$sites" | grep "^$file:" | cut -d' ' -f1 | head -20
        status=1
    elif ((count > allowed)); then
        echo "$file: $count unsafe sites, $allowed reviewed; the sites now:"
        printf '%s\n' "$sites" | grep "^$file:" | cut -d' ' -f1
        status=1
    elif ((count < allowed)); then
        echo "$file: $count unsafe sites, fewer than the $allowed listed: run with --update to lower the bound"
    fi
done <<<"$counts"
echo "$total unsafe sites under -strict-memory-safety (list: $list)"
exit $status
