// swift-tools-version:6.0
import PackageDescription

// An example receiver for Cloud Infinite job callbacks, built on Hummingbird 2.
// It depends on the library by path, so `swift run` here uses this checkout.
// Every callback is stored (SQLite by default, PostgreSQL when DATABASE_URL is
// set) before it is acknowledged.
let package = Package(
    name: "CallbackReceiver",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "ci-callback", path: "../.."),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/vapor/sqlite-nio", from: "1.13.2"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        .executableTarget(
            name: "CallbackReceiver",
            dependencies: [
                .product(name: "CICallback", package: "ci-callback"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "SQLiteNIO", package: "sqlite-nio"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ]
        )
    ],
    swiftLanguageModes: [.v6]
)
