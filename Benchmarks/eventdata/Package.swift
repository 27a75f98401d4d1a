// swift-tools-version: 6.1
// Benchmarks for event data, kept out of the main package graph: builds only DyadEventData and what it needs.
import PackageDescription

let package = Package(
    name: "DyadEventDataBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "Dyad", path: "../..")],
    targets: [
        .executableTarget(
            name: "dyad-index-bench",
            dependencies: [.product(name: "DyadEventData", package: "Dyad"), .product(name: "DyadCore", package: "Dyad")]
        )
    ]
)
