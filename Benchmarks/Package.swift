// swift-tools-version:6.0
import PackageDescription

// Benchmarks for CICallback, in their own package so that library users never
// resolve XMLCoder or the malloc counter. Run everything with
// `bash Scripts/benchmark.sh` from the repository root (see that script).
//
// - cicallback-bench: the timing harness (interleaved rounds, medians, ratios),
//   the peak-RSS children, the two-thread row and the callgrind driver.
// - cicallback-allocs: allocation counts per decode. It links ordo-one's
//   malloc-interposer (the counter behind package-benchmark's mallocCountTotal)
//   and runs with it LD_PRELOADed; kept out of the timing binary so the
//   interposer's per-call bookkeeping never touches the timings.

#if os(Linux)
    let libxml2PkgConfig: String? = "libxml-2.0"
#else
    let libxml2PkgConfig: String? = nil
#endif

let package = Package(
    name: "ci-callback-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "ci-callback", path: ".."),
        .package(url: "https://github.com/CoreOffice/XMLCoder", from: "0.17.0"),
        .package(url: "https://github.com/ordo-one/malloc-interposer", from: "1.6.0"),
    ],
    targets: [
        // libxml2 for the raw no-op SAX2 baseline. The library's own CLibXML2 is
        // internal to it, so the benchmark brings its own module for the same library.
        .systemLibrary(name: "CLibXML2Bench", path: "Sources/CLibXML2Bench", pkgConfig: libxml2PkgConfig),
        .target(
            name: "BenchSupport",
            dependencies: [
                .product(name: "CICallback", package: "ci-callback"),
                .product(name: "XMLCoder", package: "XMLCoder"),
                "CLibXML2Bench",
            ]
        ),
        .executableTarget(name: "cicallback-bench", dependencies: ["BenchSupport"]),
        .executableTarget(
            name: "cicallback-allocs",
            dependencies: [
                "BenchSupport",
                .product(name: "MallocInterposerSwift", package: "malloc-interposer"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
