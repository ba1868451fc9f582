#!/usr/bin/env bash
# The public API of the CICallback library as a sorted list, one declaration a line,
# compared with the reviewed copy in .ci/public-api.txt, so every public change shows
# up in a diff and is made on purpose.
#
#   bash Scripts/public-api.sh            # compare; non-zero and a diff when they differ
#   bash Scripts/public-api.sh --update   # write .ci/public-api.txt (then read the diff!)
#
# From `swift package dump-symbol-graph` (public symbols, no synthesized members; SPI
# left out): each symbol's kind, path and declaration, and each type's conformances.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v swift >/dev/null && [ -x /opt/swift/usr/bin/swift ]; then
    export PATH=/opt/swift/usr/bin:$PATH
fi
reviewed=.ci/public-api.txt
swift package dump-symbol-graph --minimum-access-level public --skip-synthesized-members >/dev/null 2>&1
graph=$(find .build -path '*symbolgraph/CICallback.symbols.json' | head -1)
[ -n "$graph" ] || { echo "no symbol graph for CICallback under .build"; exit 1; }
current=$(mktemp)
trap 'rm -f "$current"' EXIT
python3 - "$graph" >"$current" <<'PY'
import json, sys

graph = json.load(open(sys.argv[1]))
symbols = {s["identifier"]["precise"]: s for s in graph["symbols"]}
lines = set()
for s in symbols.values():
    path = ".".join(s["pathComponents"])
    declaration = "".join(f["spelling"] for f in s.get("declarationFragments", []))
    lines.add(f"{path} | {' '.join(declaration.split())}")
for r in graph["relationships"]:
    if r["kind"] != "conformsTo" or r["source"] not in symbols:
        continue
    source = ".".join(symbols[r["source"]]["pathComponents"])
    target = symbols[r["target"]]["names"]["title"] if r["target"] in symbols else r.get("targetFallback", r["target"])
    if target in ("Swift.SendableMetatype", "Swift.Copyable", "Swift.Escapable"):
        continue  # implied by the toolchain, not declared
    lines.add(f"{source} | conforms to {target}")
print("\n".join(sorted(lines)))
PY
if [ "${1:-}" = --update ]; then
    cp "$current" "$reviewed"
    echo "wrote $reviewed: $(wc -l <"$reviewed") lines"
    exit 0
fi
if ! diff -u "$reviewed" "$current"; then
    echo "The public API differs from $reviewed (above: - reviewed, + now)."
    echo "If the change is deliberate, run 'bash Scripts/public-api.sh --update' and commit the file with it."
    exit 1
fi
echo "public API: $(wc -l <"$current") declarations, as reviewed in $reviewed"
