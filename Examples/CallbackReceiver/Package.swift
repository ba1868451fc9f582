// swift-tools-version:6.0
import PackageDescription

// An example receiver for Cloud Infinite job callbacks, built on Hummingbird 2.
// It depends on the library by path, so `swift run` here uses this checkout.
let package = Package(
    name: "CallbackReceiver",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "ci-callback", path: "../.."),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
    ],
    targets: [
        .executableTarget(
            name: "CallbackReceiver",
            dependencies: [
                .product(name: "CICallback", package: "ci-callback"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        )
    ],
    swiftLanguageModes: [.v6]
)
