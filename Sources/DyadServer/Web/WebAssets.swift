import Hummingbird

/// The web page's files, compiled into the binary: the server never reads the file system for them.
enum WebAssets {
    struct Asset: Sendable {
        var bytes: ByteBuffer
        var contentType: String
    }

    /// The assets by exact request path; anything else is not found, so no path can reach a file.
    static let byPath: [String: Asset] = [
        "/": Asset(bytes: ByteBuffer(bytes: PackageResources.index_html), contentType: "text/html; charset=utf-8"),
        "/app.js": Asset(bytes: ByteBuffer(bytes: PackageResources.app_js), contentType: "text/javascript; charset=utf-8"),
        "/app.css": Asset(bytes: ByteBuffer(bytes: PackageResources.app_css), contentType: "text/css; charset=utf-8"),
    ]

    static func response(_ asset: Asset) -> Response {
        Response(
            status: .ok,
            headers: [
                .contentType: asset.contentType,
                .contentSecurityPolicy: "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'",
                .init("X-Content-Type-Options")!: "nosniff",
                .cacheControl: "no-cache",
            ],
            body: .init(byteBuffer: asset.bytes))
    }
}
