// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Dyad",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "dyad", targets: ["dyad"]),
        .library(name: "DyadCore", targets: ["DyadCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
    ],
    targets: [
        .target(
            name: "DyadCore",
            dependencies: [.product(name: "Yams", package: "Yams")],
            resources: [.embedInCode("Resources/nato-russia.yaml")]
        ),
        .target(name: "DyadRender", dependencies: ["DyadCore"]),
        .target(
            name: "DyadServer",
            dependencies: ["DyadCore", "DyadRender", .product(name: "Hummingbird", package: "hummingbird")],
            resources: [
                .embedInCode("Assets/index.html"), .embedInCode("Assets/app.js"), .embedInCode("Assets/app.css"),
            ]
        ),
        .target(name: "DyadExtract", dependencies: ["DyadCore"]),
        .target(
            name: "DyadCLI",
            dependencies: [
                "DyadCore",
                "DyadRender",
                "DyadServer",
                "DyadExtract",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "dyad", dependencies: ["DyadCLI"]),
        .testTarget(name: "DyadCoreTests", dependencies: ["DyadCore"]),
        .testTarget(name: "DyadCLITests", dependencies: ["DyadCLI"]),
        .testTarget(name: "DyadRenderTests", dependencies: ["DyadRender"]),
        .testTarget(
            name: "DyadServerTests",
            dependencies: ["DyadServer", .product(name: "HummingbirdTesting", package: "hummingbird")]
        ),
        .testTarget(name: "DyadExtractTests", dependencies: ["DyadExtract"], resources: [.copy("Fixtures")]),
    ]
)
