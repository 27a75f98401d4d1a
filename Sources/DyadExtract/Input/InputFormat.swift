/// The kind of markup a document is written in.
public enum InputFormat: String, Sendable, CaseIterable {
    /// Plain text: paragraphs separated by blank lines or line breaks.
    case text
    /// Markdown: headings, lists, emphasis and links are reduced to their words.
    case markdown
    /// HTML: tags, scripts, styles and page furniture are dropped, entities decoded.
    case html

    /// Guesses the format from a file name and the first bytes of the file.
    public static func guess(name: String, head: [UInt8]) -> InputFormat {
        let lower = name.lowercased()
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml") { return .html }
        if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") { return .markdown }
        let probe = String(decoding: head.prefix(4096), as: UTF8.self).lowercased()
        if probe.contains("<!doctype html") || probe.contains("<html") || probe.contains("<body") || probe.contains("<p>") || probe.contains("<div") {
            return .html
        }
        return .text
    }
}
