#!/usr/bin/env bash
# Builds the DocC archive of CICallback into .build/docs without any SwiftPM plugin:
# symbol graphs from the compiler, then `docc convert` with warnings as errors.
# Exits non-zero on any DocC warning (an unresolved symbol link, a bad directive, …).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"

scratch=.build-docs
symbols="$scratch/symbol-graphs"
output=.build/docs
# Kept between runs: a build with nothing to recompile does not write the graphs again.
mkdir -p "$symbols"

# Public symbols only; its own scratch path, so it does not wait for (or lock) .build.
build_symbols() {
    swift build --scratch-path "$scratch" --target CICallback \
        -Xswiftc -emit-symbol-graph \
        -Xswiftc -emit-symbol-graph-dir -Xswiftc "$PWD/$symbols" \
        -Xswiftc -symbol-graph-minimum-access-level -Xswiftc public
}
build_symbols
if [ ! -f "$symbols/CICallback.symbols.json" ]; then
    # Up to date but the graphs are gone: build from scratch so the compiler writes them.
    rm -rf "$scratch"
    mkdir -p "$symbols"
    build_symbols
fi

# Only the module's own graphs (CICallback.symbols.json and its extensions of other modules).
find "$symbols" -type f ! -name 'CICallback*.symbols.json' -delete

rm -rf "$output"
mkdir -p "$(dirname "$output")"
docc convert Sources/CICallback/CICallback.docc \
    --fallback-display-name CICallback \
    --fallback-bundle-identifier com.tencent-ci.CICallback \
    --fallback-default-module-kind "Swift Framework" \
    --additional-symbol-graph-dir "$symbols" \
    --output-path "$output" \
    --warnings-as-errors
echo "documentation: $output"
