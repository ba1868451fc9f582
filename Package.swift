// swift-tools-version:6.0
import PackageDescription

// On Linux the headers live in /usr/include/libxml2 and pkg-config tells SwiftPM so.
// Apple SDKs ship libxml2 with its own module map and no .pc file; asking
// pkg-config there would pick up a keg-only Homebrew copy, so we don't.
#if os(Linux)
    let libxml2PkgConfig: String? = "libxml-2.0"
#else
    let libxml2PkgConfig: String? = nil
#endif

let package = Package(
    name: "ci-callback",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "CICallback", targets: ["CICallback"]),
        .executable(name: "ci-callback", targets: ["ci-callback"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: libxml2PkgConfig,
            providers: [.apt(["libxml2-dev", "pkg-config"]), .yum(["libxml2-devel"]), .brew(["libxml2"])]
        ),
        .target(name: "CICallback", dependencies: ["CLibXML2"]),
        .executableTarget(
            name: "ci-callback",
            dependencies: [
                "CICallback",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "CICallbackTests", dependencies: ["CICallback", "ci-callback"]),
    ],
    swiftLanguageModes: [.v6]
)
