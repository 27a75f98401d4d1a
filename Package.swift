// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Dyad",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "dyad", targets: ["dyad"]),
        .library(name: "DyadCore", targets: ["DyadCore"]),
        .library(name: "DyadEventData", targets: ["DyadEventData"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.0"),
        .package(url: "https://github.com/adam-fowler/compress-nio", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.65.0"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.20.0"),
    ],
    targets: [
        .target(
            name: "DyadCore",
            dependencies: [.product(name: "Yams", package: "Yams")],
            resources: [.embedInCode("Resources/nato-russia.yaml"), .embedInCode("Resources/world.json")]
        ),
        .target(name: "DyadRender", dependencies: ["DyadCore"]),
        .target(
            name: "DyadServer",
            dependencies: [
                "DyadCore", "DyadRender", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
            ],
            resources: [
                .embedInCode("Assets/index.html"), .embedInCode("Assets/app.js"), .embedInCode("Assets/app.css"),
            ]
        ),
        .target(name: "DyadExtract", dependencies: ["DyadCore"], resources: [.embedInCode("Resources/english.json")]),
        .target(
            name: "DyadEventData",
            dependencies: [
                "DyadCore",
                .product(name: "CompressNIO", package: "compress-nio"),
            ]
        ),
        .target(
            name: "DyadStore",
            dependencies: [
                "DyadCore",
                "DyadEventData",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "DyadCLI",
            dependencies: [
                "DyadCore",
                "DyadRender",
                "DyadServer",
                "DyadExtract",
                "DyadEventData",
                "DyadStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "dyad", dependencies: ["DyadCLI"]),
        .testTarget(name: "DyadCoreTests", dependencies: ["DyadCore"]),
        .testTarget(name: "DyadCLITests", dependencies: ["DyadCLI"]),
        .testTarget(name: "DyadRenderTests", dependencies: ["DyadRender"]),
        .testTarget(
            name: "DyadServerTests",
            dependencies: [
                "DyadServer", .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "NIOEmbedded", package: "swift-nio"), .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
            ]
        ),
        .testTarget(name: "DyadExtractTests", dependencies: ["DyadExtract"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "DyadEventDataTests",
            dependencies: ["DyadEventData", "DyadCore"]
        ),
        .testTarget(
            name: "DyadStoreTests",
            dependencies: [
                "DyadStore", "DyadEventData", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"), .product(name: "Logging", package: "swift-log"),
            ]
        ),
    ]
)
