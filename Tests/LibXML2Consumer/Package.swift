// swift-tools-version:6.0
import PackageDescription

// A stand-in for a user's package that already talks to libxml2 itself (issue #17):
// its own module over the system headers, a parser context of its own, and
// CICallback beside it. Clang merges the libxml2 structs of the two modules only if
// both see the same definitions, so this fails to build if CLibXML2 ever changes
// how libxml2's headers come out (an #undef of one of its config macros, say).
// Not part of the root package; Scripts/consumer-check.sh builds and runs it.
#if os(Linux)
    let libxml2PkgConfig: String? = "libxml-2.0"
#else
    let libxml2PkgConfig: String? = nil
#endif

let package = Package(
    name: "LibXML2Consumer",
    platforms: [.macOS(.v13)],
    dependencies: [
        // Named, because a path dependency's identity is otherwise its directory's
        // name, which depends on where the repository was cloned.
        .package(name: "ci-callback", path: "../..")
    ],
    targets: [
        .systemLibrary(name: "MyXML", pkgConfig: libxml2PkgConfig),
        .executableTarget(
            name: "libxml2-consumer",
            dependencies: ["MyXML", .product(name: "CICallback", package: "ci-callback")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
