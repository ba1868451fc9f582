// swift-tools-version:6.0
// Fuzzing harnesses for CICallback. Not part of the library: build and run them
// with `bash Scripts/fuzz.sh` from the repository root (see FuzzTesting/README.md).
//
// Each harness is a *static library* product, linked into a libFuzzer binary by
// hand in Scripts/fuzz.sh: an executable target would have its `main` renamed by
// SwiftPM (`<module>_main`), which hides libFuzzer's own `main`.
import PackageDescription

let package = Package(
    name: "FuzzTesting",
    products: [
        .library(name: "FuzzCallback", type: .static, targets: ["FuzzCallback"])
    ],
    dependencies: [
        // The identity of a path dependency is its folder name (`main`, or whatever a
        // clone is called); naming it keeps `package: "ci-callback"` stable.
        .package(name: "ci-callback", path: "..")
    ],
    targets: [
        .target(
            name: "FuzzCallback",
            dependencies: [.product(name: "CICallback", package: "ci-callback")]
        )
    ],
    swiftLanguageModes: [.v6]
)
