#!/usr/bin/env bash
# Issue #17: CICallback must build beside another module over libxml2's headers, and
# the ci-callback tool must work when the Swift runtime is linked statically.
#   1. Builds Tests/LibXML2Consumer (its own libxml2 module, its own parser context,
#      plus CICallback) in release from scratch and runs it on a fixture. If
#      CLibXML2 ever changes how libxml2's headers come out, that build fails with
#      "'_xmlCharEncodingHandler' has different definitions in different modules".
#      Release, because a debug build of any package that has its own plain libxml2
#      module next to Foundation fails on ICU when SwiftPM indexes system modules
#      (see Sources/CLibXML2/CLibXML2.h); that is the consumer's clash, not ours.
#   2. Builds ci-callback with --static-swift-stdlib (release, .build-static) and
#      decodes a fixture with it.
# Fails on any failure.
#   bash Scripts/consumer-check.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
root=$PWD
consumer=Tests/LibXML2Consumer

echo "--- $consumer: release build from scratch"
# From scratch: an incremental build does not notice a change to CLibXML2.h and
# would go on passing on the old module.
rm -rf "$consumer/.build"
start=$SECONDS
swift build -c release --package-path "$consumer"
echo "built in $((SECONDS - start)) s"
"$(swift build -c release --package-path "$consumer" --show-bin-path)/libxml2-consumer" "$root"

echo "--- ci-callback with --static-swift-stdlib: release build"
start=$SECONDS
swift build -c release --static-swift-stdlib --scratch-path .build-static --product ci-callback
echo "built in $((SECONDS - start)) s"
tool="$(swift build -c release --static-swift-stdlib --scratch-path .build-static --show-bin-path)/ci-callback"
"$tool" decode Fixtures/video-tag/job-api-en.xml
echo "--- consumer check passed"
