/// Turns raw document bytes into clean text, chunk by chunk, keeping a map to original offsets.
///
/// One state machine for the three formats so that a chunk boundary can fall anywhere, even inside
/// a tag or an entity. It never recurses, so deeply nested or broken markup costs nothing extra.
struct MarkupCleaner {
    let format: InputFormat

    private enum State { case text, tag, comment, rawText, entity, linkTarget }
    private var state: State = .text
    /// Bytes of the tag or entity being read (bounded: a runaway tag is cut off).
    private var pendingBytes: [UInt8] = []
    private var pendingStart = 0
    private var quote: UInt8 = 0
    /// The raw-text element (script, style) whose end tag we wait for.
    private var rawEnd: [UInt8] = []
    /// The element whose content is page furniture, and how deep we are inside it.
    private var skipTag: [UInt8] = []
    private var skipDepth = 0
    private var lastWasSpace = true
    private var atLineStart = true
    private var newlines = 0

    init(format: InputFormat) {
        self.format = format
    }

    static let blockTags: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "table", "section",
        "article", "blockquote", "dd", "dt", "dl", "figure", "figcaption", "main", "pre", "hr", "body", "title", "caption",
    ]
    static let rawTags: Set<String> = ["script", "style", "noscript", "template", "svg", "math", "iframe", "textarea", "head"]
    static let furnitureTags: Set<String> = ["nav", "header", "footer", "aside", "form", "button", "select", "menu", "dialog"]
    /// Words in class or id attributes that mark page furniture.
    static let furnitureMarks = ["cookie", "breadcrumb", "share", "social", "newsletter", "navbar", "sidebar", "footer", "banner", "consent", "related", "menu", "skip-link"]

    /// Cleans `chunk`, whose first byte is at document offset `base`, appending the text to `out`.
    mutating func feed(_ chunk: UnsafeBufferPointer<UInt8>, base: Int, into out: inout TextBuffer) {
        switch format {
        case .text: feedText(chunk, base: base, into: &out)
        case .markdown: feedMarkdown(chunk, base: base, into: &out)
        case .html: feedHTML(chunk, base: base, into: &out)
        }
    }

    private mutating func feedText(_ chunk: UnsafeBufferPointer<UInt8>, base: Int, into out: inout TextBuffer) {
        out.append(contentsOf: chunk, from: base)
    }

    private mutating func feedMarkdown(_ chunk: UnsafeBufferPointer<UInt8>, base: Int, into out: inout TextBuffer) {
        for i in 0..<chunk.count {
            let b = chunk[i]
            let doc = base + i
            if state == .linkTarget {
                if b == 0x29 || b == 0x0A { state = .text }
                continue
            }
            if b == 0x0A {
                out.append(b, from: doc)
                atLineStart = true
                continue
            }
            if atLineStart {
                // Line markers: headings, quotes, bullets, table pipes.
                if b == 0x23 || b == 0x3E || b == 0x20 || b == 0x09 || b == 0x7C { continue }
                if (b == 0x2D || b == 0x2A || b == 0x2B), i + 1 < chunk.count, chunk[i + 1] == 0x20 { continue }
                atLineStart = false
            }
            switch b {
            case 0x2A, 0x60, 0x5B, 0x7C: continue  // * ` [ |
            case 0x5D:  // ] possibly followed by (url)
                if i + 1 < chunk.count, chunk[i + 1] == 0x28 { state = .linkTarget }
                continue
            case 0x21:  // ! of an image
                if i + 1 < chunk.count, chunk[i + 1] == 0x5B { continue }
            case 0x5F:  // _ as emphasis only at word edges
                let prev = i > 0 ? chunk[i - 1] : 0x20
                let next = i + 1 < chunk.count ? chunk[i + 1] : 0x20
                if !Tokenizer.isWordByte(prev) || !Tokenizer.isWordByte(next) { continue }
            default: break
            }
            out.append(b, from: doc)
        }
    }

    private mutating func emitSpace(_ out: inout TextBuffer, _ doc: Int) {
        if !lastWasSpace && skipDepth == 0 {
            out.append(0x20, from: doc)
            lastWasSpace = true
        }
    }

    private mutating func emitBreak(_ out: inout TextBuffer, _ doc: Int) {
        if skipDepth == 0 && newlines < 2 {
            out.append(0x0A, from: doc)
            out.append(0x0A, from: doc)
            newlines = 2
            lastWasSpace = true
        }
    }

    private mutating func feedHTML(_ chunk: UnsafeBufferPointer<UInt8>, base: Int, into out: inout TextBuffer) {
        for i in 0..<chunk.count {
            let b = chunk[i]
            let doc = base + i
            switch state {
            case .text, .linkTarget:
                if b == 0x3C {  // <
                    state = .tag
                    pendingBytes.removeAll(keepingCapacity: true)
                    pendingStart = doc
                    quote = 0
                } else if b == 0x26 {  // &
                    state = .entity
                    pendingBytes.removeAll(keepingCapacity: true)
                    pendingStart = doc
                } else if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D {
                    emitSpace(&out, doc)
                } else if skipDepth == 0 {
                    out.append(b, from: doc)
                    lastWasSpace = false
                    newlines = 0
                }
            case .entity:
                if b == 0x3B || pendingBytes.count > 10 || !(Tokenizer.isLetter(b) || Tokenizer.isDigit(b) || b == 0x23) {
                    let decoded = Self.decodeEntity(pendingBytes)
                    if skipDepth == 0 {
                        if let decoded {
                            for u in decoded {
                                if u == 0x20 { emitSpace(&out, pendingStart) } else { out.append(u, from: pendingStart); lastWasSpace = false; newlines = 0 }
                            }
                        } else {
                            out.append(0x26, from: pendingStart)
                            for (k, u) in pendingBytes.enumerated() { out.append(u, from: pendingStart + 1 + k) }
                            lastWasSpace = false
                        }
                    }
                    state = .text
                    if b != 0x3B {
                        // Not an entity end: reprocess this byte as text.
                        if b == 0x3C { state = .tag; pendingBytes.removeAll(keepingCapacity: true); pendingStart = doc; quote = 0 }
                        else if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D { emitSpace(&out, doc) }
                        else if skipDepth == 0 { out.append(b, from: doc); lastWasSpace = false; newlines = 0 }
                    }
                } else {
                    pendingBytes.append(b)
                }
            case .tag:
                if quote != 0 {
                    if b == quote { quote = 0 }
                    if doc - pendingStart > 4096 { state = .text; quote = 0; continue }
                    if pendingBytes.count < 512 { pendingBytes.append(b) }
                    continue
                }
                if b == 0x3E {  // >
                    handleTag(&out, doc)
                    continue
                }
                if doc - pendingStart > 4096 {
                    // Broken markup (an attribute quote never closed): give up on this tag and read on as text.
                    state = .text
                    quote = 0
                    continue
                }
                if pendingBytes.count == 3, pendingBytes[0] == 0x21, pendingBytes[1] == 0x2D, pendingBytes[2] == 0x2D {
                    state = .comment
                    pendingBytes.removeAll(keepingCapacity: true)
                }
                if (b == 0x22 || b == 0x27), pendingBytes.contains(0x3D) { quote = b }
                if pendingBytes.count < 512 { pendingBytes.append(b) }
            case .comment:
                pendingBytes.append(b)
                if pendingBytes.count > 3 { pendingBytes.removeFirst(pendingBytes.count - 3) }
                if pendingBytes == [0x2D, 0x2D, 0x3E] { state = .text }
            case .rawText:
                pendingBytes.append(b)
                if pendingBytes.count > rawEnd.count { pendingBytes.removeFirst(pendingBytes.count - rawEnd.count) }
                if pendingBytes.count == rawEnd.count, zip(pendingBytes, rawEnd).allSatisfy({ ($0 | 0x20) == $1 }) {
                    state = .text
                }
            }
        }
    }

    private mutating func handleTag(_ out: inout TextBuffer, _ doc: Int) {
        state = .text
        var j = 0
        var closing = false
        if j < pendingBytes.count, pendingBytes[j] == 0x2F { closing = true; j += 1 }
        var name: [UInt8] = []
        while j < pendingBytes.count, Tokenizer.isLetter(pendingBytes[j]) || Tokenizer.isDigit(pendingBytes[j]) {
            name.append(pendingBytes[j] | 0x20)
            j += 1
        }
        let selfClosing = pendingBytes.last == 0x2F
        let tag = String(decoding: name, as: UTF8.self)
        if skipDepth > 0 {
            if name == skipTag {
                if closing { skipDepth -= 1 } else if !selfClosing { skipDepth += 1 }
            }
            if Self.blockTags.contains(tag) { emitBreak(&out, doc) }
            return
        }
        if !closing && Self.rawTags.contains(tag) && !selfClosing {
            state = .rawText
            rawEnd = Array("</\(tag)>".utf8)
            pendingBytes.removeAll(keepingCapacity: true)
            return
        }
        if !closing && !selfClosing && !name.isEmpty {
            var furniture = Self.furnitureTags.contains(tag)
            if !furniture, pendingBytes.count > name.count + 1 {
                let attrs = String(decoding: pendingBytes[(name.count)...], as: UTF8.self).lowercased()
                if attrs.contains("class=") || attrs.contains("id=") || attrs.contains("role=") {
                    furniture = Self.furnitureMarks.contains { attrs.contains($0) } || attrs.contains("role=\"navigation\"")
                }
            }
            if furniture && !["br", "hr", "img", "input", "meta", "link"].contains(tag) {
                skipTag = name
                skipDepth = 1
                emitBreak(&out, doc)
                return
            }
        }
        // Inline tags (a, span, em) join their text to what surrounds them: "NATO<b>’s</b>" stays one word.
        if Self.blockTags.contains(tag) { emitBreak(&out, doc) }
    }

    /// The UTF-8 bytes of an entity's text without `&` and `;`, or nil when unknown.
    static func decodeEntity(_ name: [UInt8]) -> [UInt8]? {
        guard !name.isEmpty else { return nil }
        if name[0] == 0x23 {  // numeric
            var value: UInt32 = 0
            var k = 1
            var hex = false
            if k < name.count, (name[k] | 0x20) == 0x78 { hex = true; k += 1 }
            guard k < name.count else { return nil }
            while k < name.count {
                let c = name[k]
                let d: UInt32
                if Tokenizer.isDigit(c) { d = UInt32(c - 0x30) } else if hex, (c | 0x20) >= 0x61, (c | 0x20) <= 0x66 { d = UInt32((c | 0x20) - 0x61 + 10) } else { return nil }
                value = value &* (hex ? 16 : 10) &+ d
                if value > 0x10FFFF { return nil }
                k += 1
            }
            if value == 0xA0 { return [0x20] }
            guard value != 0, let scalar = Unicode.Scalar(value) else { return nil }
            return Array(String(Character(scalar)).utf8)
        }
        let key = String(decoding: name, as: UTF8.self)
        guard let s = entities[key] else { return nil }
        return Array(s.utf8)
    }

    static let entities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ndash": "\u{2013}", "mdash": "\u{2014}",
        "rsquo": "\u{2019}", "lsquo": "\u{2018}", "ldquo": "\u{201C}", "rdquo": "\u{201D}", "hellip": "\u{2026}",
        "eacute": "é", "egrave": "è", "aacute": "á", "agrave": "à", "oacute": "ó", "uuml": "ü", "ouml": "ö", "auml": "ä",
        "ccedil": "ç", "iacute": "í", "uacute": "ú", "ntilde": "ñ", "szlig": "ß", "copy": "©", "reg": "®", "shy": "",
        "laquo": "«", "raquo": "»", "middot": "·", "bull": "•", "euro": "€", "pound": "£", "deg": "°", "thinsp": " ", "ensp": " ", "emsp": " ",
    ]
}
