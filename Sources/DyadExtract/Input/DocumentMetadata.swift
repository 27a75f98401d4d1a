import DyadCore

/// What a document says about itself: the title, address, publisher and date that a draft history's
/// `sources:` entry cites. Read from the first bytes of the document only.
public struct DocumentMetadata: Sendable, Hashable {
    /// The title: an HTML page's `<title>` (or `og:title`, or its first heading), else the first line of the text.
    public var title: String?
    /// Where the document can be read: `og:url` or `<link rel="canonical">` (absolute http(s) addresses only).
    public var url: String?
    /// Who published it: `og:site_name`, `<meta name="publisher">`, `DC.publisher` or `<meta name="author">`.
    public var publisher: String?
    /// When it was published, in EDTF: `article:published_time`, `<meta name="date">` or `DC.date`.
    public var date: String?

    /// Creates metadata.
    public init(title: String? = nil, url: String? = nil, publisher: String? = nil, date: String? = nil) {
        self.title = title
        self.url = url
        self.publisher = publisher
        self.date = date
    }

    /// How many bytes of a document's start are read for its metadata.
    public static let headBytes = 256 * 1024
    /// The longest title kept, in characters; a longer first line is cut at a word and ends with an ellipsis.
    static let maxTitle = 200

    /// Reads the metadata from the first bytes of a document in the given markup.
    public static func read(head: [UInt8], format: InputFormat) -> DocumentMetadata {
        // A document cut in the middle of a character still reads: the broken tail becomes U+FFFD and is trimmed away.
        let text = String(decoding: head, as: UTF8.self)
        switch format {
        case .html: return html(text)
        case .markdown, .text: return DocumentMetadata(title: firstLine(text, markdown: format == .markdown))
        }
    }

    // MARK: - Plain text and Markdown

    /// The first line with words on it; Markdown's heading marks and a front matter `title:` are understood.
    static func firstLine(_ text: String, markdown: Bool) -> String? {
        var lines = text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r" }).makeIterator()
        var inFrontMatter = false
        var first = true
        while let raw = lines.next() {
            var line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("\u{FEFF}") { line.removeFirst() }
            if first, line == "---" {
                inFrontMatter = true
                first = false
                continue
            }
            first = false
            if inFrontMatter {
                if line == "---" || line == "..." { inFrontMatter = false; continue }
                if line.lowercased().hasPrefix("title:") {
                    var value = line.dropFirst(6).trimmingCharacters(in: .whitespaces)
                    if value.count >= 2, let q = value.first, q == "\"" || q == "'", value.last == q { value = String(value.dropFirst().dropLast()) }
                    if let t = clean(value) { return t }
                }
                continue
            }
            if markdown || line.hasPrefix("#") {
                while line.hasPrefix("#") { line.removeFirst() }
                while line.hasSuffix("#") { line.removeLast() }
            }
            // A line of only underlining or a rule ("====", "----", "***") is no title.
            if line.allSatisfy({ "=-*_~ \t".contains($0) }) { continue }
            if let t = clean(line) { return t }
        }
        return nil
    }

    // MARK: - HTML

    static func html(_ text: String) -> DocumentMetadata {
        var meta: [String: String] = [:]  // lower-cased name or property -> content, first wins
        var canonical: String?
        var title: String?
        var heading: String?
        let chars = Array(text.unicodeScalars)
        var i = 0
        while i < chars.count {
            guard chars[i] == "<" else { i += 1; continue }
            // Comments can hold anything, tags included.
            if matches(chars, i, "<!--") {
                i = find(chars, "-->", from: i + 4).map { $0 + 3 } ?? chars.count
                continue
            }
            var j = i + 1
            var name = ""
            while j < chars.count, chars[j].properties.isAlphabetic || ("0"..."9").contains(chars[j]) {
                name.unicodeScalars.append(chars[j])
                j += 1
            }
            name = name.lowercased()
            guard !name.isEmpty else { i += 1; continue }
            let (end, stop) = tagEnd(chars, from: j)
            // A tag that never closes is abandoned where the scan stopped, so that no byte is scanned twice.
            guard let close = end else { i = max(i + 1, stop); continue }
            let attributes = parseAttributes(chars[j..<close])
            i = close + 1
            switch name {
            case "meta":
                let key = (attributes["property"] ?? attributes["name"] ?? attributes["itemprop"])?.lowercased()
                if let key, let content = attributes["content"], meta[key] == nil { meta[key] = content }
            case "link":
                let rel = (attributes["rel"] ?? "").lowercased().split(separator: " ")
                if rel.contains("canonical"), canonical == nil { canonical = attributes["href"] }
            case "title" where title == nil, "h1" where heading == nil:
                let end = find(chars, "</" + name, from: i, caseInsensitive: true) ?? chars.count
                var inner = String(String.UnicodeScalarView(chars[i..<min(end, i + 4096)]))
                inner = stripTags(inner)
                if name == "title" { title = clean(decode(inner)) } else { heading = clean(decode(inner)) }
                i = end
            case "script", "style":
                i = find(chars, "</" + name, from: i, caseInsensitive: true) ?? chars.count
            default: break
            }
        }
        func first(_ keys: [String]) -> String? {
            for k in keys { if let v = meta[k].map(decode).flatMap(clean) { return v } }
            return nil
        }
        let url = [meta["og:url"].map(decode), canonical.map(decode)].compactMap { $0?.trimmingCharacters(in: .whitespaces) }
            .first { $0.hasPrefix("http://") || $0.hasPrefix("https://") }
        var publisher = first(["og:site_name", "publisher", "dc.publisher", "dcterms.publisher", "author", "dc.creator"])
        if let p = publisher, p.hasPrefix("http://") || p.hasPrefix("https://") { publisher = nil }
        var date: String?
        for k in ["article:published_time", "date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued", "datepublished"] {
            if let v = meta[k], let d = edtfDay(v) { date = d; break }
        }
        return DocumentMetadata(title: title ?? first(["og:title", "twitter:title"]) ?? heading, url: url, publisher: publisher, date: date)
    }

    /// The longest tag read, in characters; a longer one is abandoned, as the cleaner does.
    static let maxTag = 4096

    /// The index of the `>` that ends a tag whose name ends before `from`, skipping quoted attribute values, or nil
    /// with the index the scan stopped at: a `<` outside quotes (broken markup), the end, or `maxTag` characters on.
    static func tagEnd(_ c: [Unicode.Scalar], from: Int) -> (end: Int?, stop: Int) {
        var quote: Unicode.Scalar?
        var k = from
        let limit = min(c.count, from + maxTag)
        while k < limit {
            let ch = c[k]
            if let q = quote {
                if ch == q { quote = nil }
            } else if ch == "\"" || ch == "'" {
                quote = ch
            } else if ch == ">" {
                return (k, k)
            } else if ch == "<" {
                return (nil, k)
            }
            k += 1
        }
        return (nil, limit)
    }

    /// The attributes of a tag as lower-cased names and their raw values.
    static func parseAttributes(_ s: ArraySlice<Unicode.Scalar>) -> [String: String] {
        var out: [String: String] = [:]
        var k = s.startIndex
        func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || c == "\n" || c == "\r" || c == "/" || c == "\u{0C}" }
        while k < s.endIndex {
            while k < s.endIndex, isSpace(s[k]) { k += 1 }
            var name = ""
            while k < s.endIndex, !isSpace(s[k]), s[k] != "=" {
                name.unicodeScalars.append(s[k])
                k += 1
            }
            while k < s.endIndex, s[k] == " " || s[k] == "\t" || s[k] == "\n" || s[k] == "\r" { k += 1 }
            var value = ""
            if k < s.endIndex, s[k] == "=" {
                k += 1
                while k < s.endIndex, s[k] == " " || s[k] == "\t" || s[k] == "\n" || s[k] == "\r" { k += 1 }
                if k < s.endIndex, s[k] == "\"" || s[k] == "'" {
                    let q = s[k]
                    k += 1
                    while k < s.endIndex, s[k] != q {
                        value.unicodeScalars.append(s[k])
                        k += 1
                    }
                    k += 1
                } else {
                    while k < s.endIndex, !(s[k] == " " || s[k] == "\t" || s[k] == "\n" || s[k] == "\r") {
                        value.unicodeScalars.append(s[k])
                        k += 1
                    }
                }
            }
            if !name.isEmpty, out[name.lowercased()] == nil { out[name.lowercased()] = value }
        }
        return out
    }

    /// Whether `s` (ASCII, lower case when `caseInsensitive`) is written at `at`.
    static func matches(_ c: [Unicode.Scalar], _ at: Int, _ s: String, caseInsensitive: Bool = false) -> Bool {
        var k = at
        for u in s.unicodeScalars {
            guard k < c.count else { return false }
            var v = c[k].value
            if caseInsensitive, v >= 0x41, v <= 0x5A { v |= 0x20 }
            if v != u.value { return false }
            k += 1
        }
        return true
    }

    /// The index where `s` next starts at or after `from`.
    static func find(_ c: [Unicode.Scalar], _ s: String, from: Int, caseInsensitive: Bool = false) -> Int? {
        var k = from
        while k < c.count {
            if matches(c, k, s, caseInsensitive: caseInsensitive) { return k }
            k += 1
        }
        return nil
    }

    /// The text of markup with its tags left out.
    static func stripTags(_ s: String) -> String {
        var out = ""
        var inTag = false
        for u in s.unicodeScalars {
            if u == "<" { inTag = true } else if u == ">" { inTag = false; out += " " } else if !inTag { out.unicodeScalars.append(u) }
        }
        return out
    }

    /// Decodes HTML character references (`&amp;`, `&#8217;`, `&#x2019;`); unknown ones stay as written.
    static func decode(_ s: String) -> String {
        guard s.contains("&") else { return s }
        var out = ""
        var rest = Substring(s)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semi = after.prefix(12).firstIndex(of: ";"), let bytes = MarkupCleaner.decodeEntity(Array(after[..<semi].utf8)) {
                out += String(decoding: bytes, as: UTF8.self)
                rest = after[after.index(after: semi)...]
            } else {
                out += "&"
                rest = after
            }
        }
        out += rest
        return out
    }

    /// Single spaces, no control characters, at most `maxTitle` characters; nil when nothing is left.
    static func clean(_ s: String) -> String? {
        var out = ""
        var space = false
        for u in s.unicodeScalars {
            if u.properties.isWhitespace || u.value < 0x20 || u.value == 0x7F || (0x80..<0xA0).contains(u.value) || u == "\u{FFFD}" || u == "\u{FEFF}" {
                space = !out.isEmpty
                continue
            }
            if space { out += " " }
            space = false
            out.unicodeScalars.append(u)
        }
        guard !out.isEmpty else { return nil }
        if out.count > maxTitle {
            var cut = String(out.prefix(maxTitle - 1))
            if let lastSpace = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: lastSpace) > maxTitle / 2 { cut = String(cut[..<lastSpace]) }
            out = cut + "\u{2026}"
        }
        return out
    }

    /// The EDTF day, month or year a metadata date starts with (`2024-07-01T09:00:00Z` gives `2024-07-01`), if valid.
    static func edtfDay(_ s: String) -> String? {
        let t = s.trimmingCharacters(in: .whitespaces)
        for length in [10, 7, 4] where t.count >= length {
            let candidate = String(t.prefix(length))
            let rest = t.dropFirst(length)
            // The prefix must end where the date does: `2024-07-01T…`, `2024-07`, `2024`, not `2024-0`.
            if let next = rest.first, next.isNumber || next == "-" && length != 10 { continue }
            if candidate.allSatisfy({ $0.isNumber || $0 == "-" }), (try? EDTFDate(candidate)) != nil { return candidate }
        }
        return nil
    }
}
