/// Thrown when a file uses YAML features the fast reader leaves to the general YAML library.
struct YAMLUnsupported: Error {
    let feature: String
}

/// A fast, streaming reader for the part of YAML that history files use.
///
/// It handles block mappings and sequences, flow lists and mappings, plain, quoted and block scalars and
/// comments. Items of a top-level list go to a callback one at a time, so a history with a million events
/// never exists as one big tree. Anchors, aliases, tags and directives throw `YAMLUnsupported`, and the
/// caller falls back to the general reader.
struct YAMLSubsetReader {
    /// The document's bytes; the caller keeps them alive while the reader runs.
    private let b: UnsafeBufferPointer<UInt8>
    private let file: String
    /// Offset of the current line's first byte, its end (before `\r\n` or `\n`), and its number.
    private var lineStart = 0
    private var lineEnd = 0
    private var lineNo = 0
    /// Offset of the first non-space byte of the current line; `indent` is its distance from `lineStart`.
    private var content = 0
    private var atEnd = false
    private var depth = 0
    private static let maxDepth = 64

    init(_ bytes: UnsafeBufferPointer<UInt8>, file: String) {
        self.b = bytes
        self.file = file
        lineEnd = -1
        nextLineRaw()
        if !atEnd, b.count >= 3, lineEnd - lineStart >= 3, b[0] == 0x2D, b[1] == 0x2D, b[2] == 0x2D,
            lineEnd - lineStart == 3 || b[3] == 0x20 || b[3] == 0x23
        {
            nextLineRaw()  // a leading `---` document marker
        }
    }

    private var indent: Int { content - lineStart }

    // MARK: - Lines

    /// Moves to the next line, whatever it holds.
    private mutating func nextLineRaw() {
        let start = lineEnd < 0 ? 0 : skipNewline(lineEnd)
        guard start < b.count else {
            atEnd = true
            lineStart = b.count
            lineEnd = b.count
            content = b.count
            return
        }
        lineStart = start
        lineNo += 1
        var i = start
        while i < b.count && b[i] != 0x0A { i += 1 }
        var end = i
        if end > start && b[end - 1] == 0x0D { end -= 1 }
        lineEnd = end
        var c = start
        while c < end && b[c] == 0x20 { c += 1 }
        content = c
    }

    private func skipNewline(_ end: Int) -> Int {
        var i = end
        if i < b.count && b[i] == 0x0D { i += 1 }
        if i < b.count && b[i] == 0x0A { i += 1 }
        return i
    }

    /// Moves to the next line that holds something other than blanks and comments (or to the end).
    private mutating func skipInsignificant() throws(DyadError) {
        while !atEnd {
            if content < lineEnd && b[content] == 0x09 && content == lineStart + indent {
                // A tab before any content: YAML forbids tabs for indentation.
                var t = content
                while t < lineEnd && (b[t] == 0x09 || b[t] == 0x20) { t += 1 }
                if t < lineEnd && b[t] != 0x23 { throw error("expected spaces for indentation, found a tab", at: content) }
            }
            var c = content
            while c < lineEnd && (b[c] == 0x20 || b[c] == 0x09) { c += 1 }
            if c < lineEnd && b[c] != 0x23 {
                if indent == 0 && lineEnd - lineStart >= 3 && b[lineStart] == 0x2E && b[lineStart + 1] == 0x2E && b[lineStart + 2] == 0x2E {
                    atEnd = true  // `...` ends the document
                    return
                }
                if indent == 0 && lineEnd - lineStart >= 3 && b[lineStart] == 0x2D && b[lineStart + 1] == 0x2D && b[lineStart + 2] == 0x2D
                    && (lineEnd - lineStart == 3 || b[lineStart + 3] == 0x20)
                {
                    throw YAMLUnsupportedOrError.unsupported
                }
                return
            }
            nextLineRaw()
        }
    }

    // MARK: - Errors

    func error(_ message: String, at offset: Int) -> DyadError {
        DyadError(.badData, message, file: file, line: lineNo, column: column(of: offset))
    }

    /// 1-based column in characters of an offset on the current line.
    private func column(of offset: Int) -> Int {
        var n = 1
        var i = lineStart
        while i < offset && i < b.count {
            if b[i] & 0xC0 != 0x80 { n += 1 }
            i += 1
        }
        return n
    }

    private func text(_ from: Int, _ to: Int) -> String {
        String(decoding: b[from..<to], as: UTF8.self)
    }

    // MARK: - Documents

    /// Reads a document whose root is a mapping, handing each top-level entry to `entry`; the items of a
    /// top-level block list go to `item` one by one instead (and `entry` gets an empty list for them).
    mutating func readRoot(
        entry: (_ key: YAMLNode, _ value: YAMLNode) throws(DyadError) -> Void,
        item: (_ key: YAMLNode, _ item: YAMLNode) throws(DyadError) -> Void
    ) throws(DyadError) {
        try skipInsignificant()
        guard !atEnd else { return }
        guard indent == 0 else { throw error("expected a top-level key at the start of the line, found indented text", at: content) }
        guard findKeyColon(from: content) != nil else {
            throw error("expected the history as `key: value` lines (dyad: 1, title: …), found `\(text(content, min(lineEnd, content + 40)))`", at: content)
        }
        try mapping(indent: 0, start: content, stream: true, streamItems: item, onEntry: entry)
        try skipInsignificant()
        if !atEnd { throw error("expected the end of the document or a top-level key, found indented text", at: content) }
    }

    // MARK: - Block structures

    private func isSequenceStart(_ at: Int) -> Bool {
        at < lineEnd && b[at] == 0x2D && (at + 1 == lineEnd || b[at + 1] == 0x20)
    }

    /// Reads the block node that starts on the current line (already significant), owned by `parentIndent`.
    private mutating func block(parentIndent: Int) throws(DyadError) -> YAMLNode {
        depth += 1
        defer { depth -= 1 }
        guard depth < Self.maxDepth else { throw error("expected at most \(Self.maxDepth) levels of nesting", at: content) }
        if isSequenceStart(content) {
            var items: [YAMLNode] = []
            let node = YAMLNode(kind: .sequence([]), line: lineNo, column: column(of: content))
            try sequence(indent: indent, start: content) { (n) throws(DyadError) in items.append(n) }
            return YAMLNode(kind: .sequence(items), line: node.line, column: node.column)
        }
        if findKeyColon(from: content) != nil {
            return try mappingNode(indent: indent, start: content)
        }
        return try inlineValue(at: content, ownerIndent: parentIndent)
    }

    private mutating func mappingNode(indent: Int, start: Int) throws(DyadError) -> YAMLNode {
        let line = lineNo
        let col = column(of: start)
        var pairs: [(key: YAMLNode, value: YAMLNode)] = []
        pairs.reserveCapacity(10)
        try mapping(indent: indent, start: start, stream: false, streamItems: { (_, _) throws(DyadError) in }) { (k, v) throws(DyadError) in
            pairs.append((k, v))
        }
        return YAMLNode(kind: .mapping(pairs), line: line, column: col)
    }

    /// Reads a block mapping whose first key starts at `start` on the current line and whose keys sit at `indent`.
    /// With `streamItems`, a value that is a block list goes item by item to it (after `onEntry` gets an empty list).
    private mutating func mapping(
        indent: Int, start: Int, stream: Bool,
        streamItems: (_ key: YAMLNode, _ item: YAMLNode) throws(DyadError) -> Void,
        onEntry: (_ key: YAMLNode, _ value: YAMLNode) throws(DyadError) -> Void
    ) throws(DyadError) {
        var at = start
        while true {
            let keyLine = lineNo
            let keyColumn = column(of: at)
            guard let colon = findKeyColon(from: at) else {
                throw error("expected `key: value`, found `\(text(at, min(lineEnd, at + 40)))`", at: at)
            }
            let key = YAMLNode(kind: .scalar(try keyText(at, colon), plain: true), line: keyLine, column: keyColumn)
            var v = colon + 1
            while v < lineEnd && b[v] == 0x20 { v += 1 }
            if v >= lineEnd || b[v] == 0x23 {
                let emptyColumn = column(of: colon) + 1
                nextLineRaw()
                try skipInsignificant()
                if !atEnd && (self.indent > indent || (self.indent == indent && isSequenceStart(content))) {
                    if stream, isSequenceStart(content) {
                        try onEntry(key, YAMLNode(kind: .sequence([]), line: lineNo, column: column(of: content)))
                        try sequence(indent: self.indent, start: content) { (n) throws(DyadError) in try streamItems(key, n) }
                    } else {
                        try onEntry(key, try block(parentIndent: indent))
                    }
                } else {
                    try onEntry(key, YAMLNode(kind: .scalar("", plain: true), line: keyLine, column: emptyColumn))
                }
            } else {
                try onEntry(key, try inlineValue(at: v, ownerIndent: indent))
            }
            try afterEntry(indent: indent, &at)
            if at < 0 { return }
        }
    }

    /// After an entry: positions `at` on the next key of the same mapping, or sets it to -1 at the mapping's end.
    private mutating func afterEntry(indent: Int, _ at: inout Int) throws(DyadError) {
        try skipInsignificant()
        if atEnd || self.indent < indent {
            at = -1
            return
        }
        if self.indent > indent { throw error("expected a key at column \(indent + 1), found deeper indentation", at: content) }
        if isSequenceStart(content) { throw error("expected `key: value`, found a list item `-` among the keys", at: content) }
        at = content
    }

    /// Reads a block sequence whose first `-` is at `start` on the current line; items sit at `indent`.
    private mutating func sequence(indent: Int, start: Int, item: (YAMLNode) throws(DyadError) -> Void) throws(DyadError) {
        var at = start
        while true {
            var s = at + 1
            while s < lineEnd && b[s] == 0x20 { s += 1 }
            if s >= lineEnd || b[s] == 0x23 {
                let line = lineNo
                let col = column(of: at)
                nextLineRaw()
                try skipInsignificant()
                if !atEnd && self.indent > indent {
                    try item(try block(parentIndent: indent))
                } else {
                    try item(YAMLNode(kind: .scalar("", plain: true), line: line, column: col))
                }
            } else if isSequenceStart(s) {
                try item(try blockAt(s, parentIndent: indent, isSequence: true))
            } else if findKeyColon(from: s) != nil {
                try item(try blockAt(s, parentIndent: indent, isSequence: false))
            } else {
                try item(try inlineValue(at: s, ownerIndent: indent))
            }
            try skipInsignificant()
            if atEnd || self.indent < indent { return }
            if self.indent > indent { throw error("expected a list item `-` at column \(indent + 1), found deeper indentation", at: content) }
            guard isSequenceStart(content) else {
                if indent == 0 || findKeyColon(from: content) != nil { return }  // a compact list ends at its parent's next key
                throw error("expected a list item `-`, found `\(text(content, min(lineEnd, content + 40)))`", at: content)
            }
            at = content
        }
    }

    /// A mapping or sequence that starts mid-line after `- `, its later lines aligned with its first key.
    private mutating func blockAt(_ s: Int, parentIndent: Int, isSequence: Bool) throws(DyadError) -> YAMLNode {
        depth += 1
        defer { depth -= 1 }
        guard depth < Self.maxDepth else { throw error("expected at most \(Self.maxDepth) levels of nesting", at: s) }
        let virtualIndent = s - lineStart
        if isSequence {
            var items: [YAMLNode] = []
            let line = lineNo
            let col = column(of: s)
            try sequence(indent: virtualIndent, start: s) { (n) throws(DyadError) in items.append(n) }
            return YAMLNode(kind: .sequence(items), line: line, column: col)
        }
        return try mappingNode(indent: virtualIndent, start: s)
    }

    /// Finds the `:` that ends a mapping key starting at `from`, or nil when the text is not a key.
    private func findKeyColon(from: Int) -> Int? {
        guard from < lineEnd else { return nil }
        let first = b[from]
        if first == 0x22 || first == 0x27 {  // a quoted key
            var i = from + 1
            while i < lineEnd {
                if b[i] == 0x5C && first == 0x22 { i += 2; continue }
                if b[i] == first {
                    if first == 0x27 && i + 1 < lineEnd && b[i + 1] == 0x27 { i += 2; continue }
                    var j = i + 1
                    while j < lineEnd && b[j] == 0x20 { j += 1 }
                    return j < lineEnd && b[j] == 0x3A && (j + 1 == lineEnd || b[j + 1] == 0x20) ? j : nil
                }
                i += 1
            }
            return nil
        }
        if first == 0x5B || first == 0x7B || first == 0x23 || first == 0x7C || first == 0x3E { return nil }
        var i = from
        while i < lineEnd {
            let c = b[i]
            if c == 0x3A && (i + 1 == lineEnd || b[i + 1] == 0x20) { return i }
            if c == 0x23 && i > from && b[i - 1] == 0x20 { return nil }
            i += 1
        }
        return nil
    }

    private func keyText(_ from: Int, _ colon: Int) throws(DyadError) -> String {
        let first = b[from]
        if first == 0x22 || first == 0x27 {
            var r = self
            var end = colon
            while end > from && b[end - 1] == 0x20 { end -= 1 }
            return try r.quotedOnLine(from, end)
        }
        if first == 0x26 || first == 0x2A || first == 0x21 || first == 0x3F || first == 0x25 {
            throw YAMLUnsupportedOrError.unsupported
        }
        var end = colon
        while end > from && b[end - 1] == 0x20 { end -= 1 }
        return text(from, end)
    }

    // MARK: - Values

    /// A value that starts at `at` on the current line and may continue on lines deeper than `ownerIndent`.
    private mutating func inlineValue(at: Int, ownerIndent: Int) throws(DyadError) -> YAMLNode {
        let line = lineNo
        let col = column(of: at)
        let c = b[at]
        switch c {
        case 0x5B, 0x7B:  // [ {
            var flow = FlowCursor(pos: at)
            let node = try flowNode(&flow, depth: 0)
            try finishLine(after: flow.pos)
            return node
        case 0x22, 0x27:
            let (value, end) = try quoted(at, ownerIndent: ownerIndent)
            try finishLine(after: end)
            return YAMLNode(kind: .scalar(value, plain: false), line: line, column: col)
        case 0x7C, 0x3E:  // | >
            return YAMLNode(kind: .scalar(try blockScalar(at, ownerIndent: ownerIndent), plain: false), line: line, column: col)
        case 0x26, 0x2A, 0x21, 0x25:  // & * ! %
            throw YAMLUnsupportedOrError.unsupported
        case 0x40, 0x60:
            throw error("expected a value, found the reserved character `\(Character(UnicodeScalar(c)))`; quote the text", at: at)
        default:
            break
        }
        var end = plainEnd(from: at)
        var value = text(at, end)
        if let bad = mappingIndicator(from: at, to: end) {
            throw error("expected a single value, found `: ` inside it; quote the text", at: bad)
        }
        // Continuation lines of a plain scalar: deeper than the owner and not comments.
        nextLineRaw()
        var blankLines = 0
        while !atEnd {
            var c2 = content
            while c2 < lineEnd && b[c2] == 0x20 { c2 += 1 }
            if c2 == lineEnd { blankLines += 1; nextLineRaw(); continue }
            if indent <= ownerIndent || b[content] == 0x23 { break }
            end = plainEnd(from: content)
            if let bad = mappingIndicator(from: content, to: end) {
                throw error("expected the value above to continue, found `key: value` deeper than its key; fix the indentation", at: bad)
            }
            value += blankLines > 0 ? String(repeating: "\n", count: blankLines) : " "
            value += text(content, end)
            blankLines = 0
            nextLineRaw()
        }
        return YAMLNode(kind: .scalar(value, plain: true), line: line, column: col)
    }

    /// The end of a plain scalar on the current line: before a ` #` comment and trailing spaces.
    private func plainEnd(from: Int) -> Int {
        var i = from
        while i < lineEnd {
            if b[i] == 0x23 && i > from && (b[i - 1] == 0x20 || b[i - 1] == 0x09) { break }
            i += 1
        }
        while i > from && (b[i - 1] == 0x20 || b[i - 1] == 0x09) { i -= 1 }
        return i
    }

    private func mappingIndicator(from: Int, to: Int) -> Int? {
        var i = from
        while i < to {
            if b[i] == 0x3A && (i + 1 == to || b[i + 1] == 0x20) { return i }
            i += 1
        }
        return nil
    }

    /// After a value that ended at `after`, only blanks or a comment may follow on its line.
    private mutating func finishLine(after: Int) throws(DyadError) {
        var i = after
        while i < lineEnd && (b[i] == 0x20 || b[i] == 0x09) { i += 1 }
        if i < lineEnd && b[i] != 0x23 {
            throw error("expected the end of the line after the value, found `\(text(i, min(lineEnd, i + 30)))`", at: i)
        }
        nextLineRaw()
    }

    /// A quoted scalar contained in one line, between `from` (the quote) and `to` (just past the closing quote).
    private mutating func quotedOnLine(_ from: Int, _ to: Int) throws(DyadError) -> String {
        let (value, end) = try quoted(from, ownerIndent: -1, singleLine: true)
        guard end == to else { throw error("expected `:` after the quoted key", at: end) }
        return value
    }

    /// A single- or double-quoted scalar starting at `from`; it may span lines (folded as YAML does).
    /// Returns the value and the offset just past the closing quote, on the (possibly new) current line.
    private mutating func quoted(_ from: Int, ownerIndent: Int, singleLine: Bool = false) throws(DyadError) -> (String, Int) {
        let quote = b[from]
        let openLine = lineNo
        let openColumn = column(of: from)
        var out: [UInt8] = []
        var i = from + 1
        var pendingSpaces = 0
        while true {
            if i >= lineEnd {
                if singleLine || lineEnd >= b.count || skipNewline(lineEnd) >= b.count {
                    throw DyadError(
                        .badData, "expected a closing \(quote == 0x22 ? "double" : "single") quote for the text that starts here",
                        file: file, line: openLine, column: openColumn)
                }
                // Fold the line break: one break becomes a space, blank lines become newlines.
                nextLineRaw()
                var breaks = 0
                while !atEnd && content == lineEnd {
                    breaks += 1
                    nextLineRaw()
                }
                if atEnd {
                    throw DyadError(.badData, "expected a closing quote for the text that starts here", file: file, line: openLine, column: openColumn)
                }
                pendingSpaces = 0
                if breaks > 0 { out += [UInt8](repeating: 0x0A, count: breaks) } else { out.append(0x20) }
                i = content
                continue
            }
            let c = b[i]
            if c == quote {
                if quote == 0x27 && i + 1 < lineEnd && b[i + 1] == 0x27 {
                    out.append(0x27)
                    i += 2
                    continue
                }
                return (String(decoding: out, as: UTF8.self), i + 1)
            }
            if quote == 0x22 && c == 0x5C {
                guard i + 1 < lineEnd else {
                    // An escaped line break joins the lines without a space.
                    nextLineRaw()
                    i = content
                    continue
                }
                let e = b[i + 1]
                i += 2
                switch e {
                case 0x6E: out.append(0x0A)  // n
                case 0x74, 0x09: out.append(0x09)  // t
                case 0x72: out.append(0x0D)  // r
                case 0x30: out.append(0x00)
                case 0x22, 0x5C, 0x2F, 0x20: out.append(e)
                case 0x65: out.append(0x1B)
                case 0x4E: out += [0xC2, 0x85]
                case 0x5F: out += [0xC2, 0xA0]
                case 0x78, 0x75, 0x55:  // x u U
                    let n = e == 0x78 ? 2 : e == 0x75 ? 4 : 8
                    guard i + n <= lineEnd, let v = UInt32(text(i, i + n), radix: 16), let scalar = Unicode.Scalar(v) else {
                        throw error("expected \(n) hexadecimal digits after `\\\(Character(UnicodeScalar(e)))`", at: i)
                    }
                    out += Array(String(Character(scalar)).utf8)
                    i += n
                default:
                    throw error("unknown escape `\\\(Character(UnicodeScalar(e)))` in double-quoted text", at: i - 2)
                }
                continue
            }
            _ = pendingSpaces
            out.append(c)
            i += 1
        }
    }

    /// A literal (`|`) or folded (`>`) block scalar whose header is at `at`.
    private mutating func blockScalar(_ at: Int, ownerIndent: Int) throws(DyadError) -> String {
        let folded = b[at] == 0x3E
        var chomp: UInt8 = 0  // 0 clip, '-' strip, '+' keep
        var explicitIndent = 0
        var i = at + 1
        while i < lineEnd && b[i] != 0x20 && b[i] != 0x23 {
            switch b[i] {
            case 0x2D, 0x2B: chomp = b[i]
            case 0x31...0x39: explicitIndent = Int(b[i] - 0x30)
            default: throw error("expected `-`, `+` or an indentation digit after the block indicator", at: i)
            }
            i += 1
        }
        try finishLine(after: i)
        var lines: [String] = []
        var contentIndent = explicitIndent > 0 ? ownerIndent + explicitIndent : -1
        while !atEnd {
            if content == lineEnd {  // blank line
                lines.append("")
                nextLineRaw()
                continue
            }
            if contentIndent < 0 { contentIndent = indent }
            if indent < contentIndent || indent <= ownerIndent { break }
            lines.append(text(lineStart + contentIndent, lineEnd))
            nextLineRaw()
        }
        var trailing = 0
        while let last = lines.last, last.isEmpty {
            lines.removeLast()
            trailing += 1
        }
        var body: String
        if folded {
            body = ""
            for (k, l) in lines.enumerated() {
                if k > 0 {
                    let previous = lines[k - 1]
                    // A blank line stands for one line break; a break between two text lines folds to a space.
                    if l.isEmpty || l.hasPrefix(" ") || previous.hasPrefix(" ") {
                        body += "\n"
                    } else if !previous.isEmpty {
                        body += " "
                    }
                }
                body += l
            }
        } else {
            body = lines.joined(separator: "\n")
        }
        switch chomp {
        case 0x2D: return body
        case 0x2B: return body + String(repeating: "\n", count: lines.isEmpty ? trailing : trailing + 1)
        default: return lines.isEmpty ? "" : body + "\n"
        }
    }

    // MARK: - Flow collections

    private struct FlowCursor {
        var pos: Int
    }

    /// Skips blanks, line breaks and comments inside a flow collection.
    private mutating func flowSpace(_ f: inout FlowCursor) throws(DyadError) {
        while true {
            while f.pos < lineEnd && (b[f.pos] == 0x20 || b[f.pos] == 0x09) { f.pos += 1 }
            if f.pos < lineEnd && b[f.pos] == 0x23 { f.pos = lineEnd }
            if f.pos < lineEnd { return }
            guard skipNewline(lineEnd) < b.count else { return }
            nextLineRaw()
            f.pos = lineStart
        }
    }

    private mutating func flowNode(_ f: inout FlowCursor, depth: Int) throws(DyadError) -> YAMLNode {
        guard depth < Self.maxDepth else { throw error("expected at most \(Self.maxDepth) nested brackets", at: f.pos) }
        try flowSpace(&f)
        guard f.pos < lineEnd else { throw error("expected a value, found the end of the file", at: f.pos) }
        let line = lineNo
        let col = column(of: f.pos)
        let c = b[f.pos]
        if c == 0x5B || c == 0x7B {
            let close: UInt8 = c == 0x5B ? 0x5D : 0x7D
            let openLine = lineNo
            let openColumn = col
            f.pos += 1
            var items: [YAMLNode] = []
            var pairs: [(key: YAMLNode, value: YAMLNode)] = []
            while true {
                try flowSpace(&f)
                guard f.pos < lineEnd else {
                    throw DyadError(
                        .badData, "expected a closing `\(Character(UnicodeScalar(close)))` for the bracket that opens here",
                        file: file, line: openLine, column: openColumn)
                }
                if b[f.pos] == close {
                    f.pos += 1
                    break
                }
                if c == 0x5B {
                    items.append(try flowNode(&f, depth: depth + 1))
                } else {
                    let key = try flowNode(&f, depth: depth + 1)
                    try flowSpace(&f)
                    var value = YAMLNode(kind: .scalar("", plain: true), line: lineNo, column: column(of: f.pos))
                    if f.pos < lineEnd && b[f.pos] == 0x3A {
                        f.pos += 1
                        try flowSpace(&f)
                        if f.pos < lineEnd && b[f.pos] != 0x2C && b[f.pos] != close { value = try flowNode(&f, depth: depth + 1) }
                    }
                    pairs.append((key, value))
                }
                try flowSpace(&f)
                guard f.pos < lineEnd else { continue }
                if b[f.pos] == 0x2C {
                    f.pos += 1
                } else if b[f.pos] != close {
                    throw error("expected `,` or `\(Character(UnicodeScalar(close)))` in the list, found `\(Character(UnicodeScalar(b[f.pos])))`", at: f.pos)
                }
            }
            return YAMLNode(kind: c == 0x5B ? .sequence(items) : .mapping(pairs), line: line, column: col)
        }
        if c == 0x22 || c == 0x27 {
            let (value, end) = try quoted(f.pos, ownerIndent: -1)
            f.pos = end
            return YAMLNode(kind: .scalar(value, plain: false), line: line, column: col)
        }
        if c == 0x26 || c == 0x2A || c == 0x21 { throw YAMLUnsupportedOrError.unsupported }
        // A plain scalar inside a flow: it ends at a flow indicator, `: ` or a comment.
        let start = f.pos
        var i = f.pos
        while i < lineEnd {
            let d = b[i]
            if d == 0x2C || d == 0x5B || d == 0x5D || d == 0x7B || d == 0x7D { break }
            if d == 0x3A && (i + 1 == lineEnd || b[i + 1] == 0x20 || b[i + 1] == 0x2C || b[i + 1] == 0x5D || b[i + 1] == 0x7D) { break }
            if d == 0x23 && i > start && b[i - 1] == 0x20 { break }
            i += 1
        }
        var end = i
        while end > start && (b[end - 1] == 0x20 || b[end - 1] == 0x09) { end -= 1 }
        f.pos = i
        return YAMLNode(kind: .scalar(text(start, end), plain: true), line: line, column: col)
    }
}

/// Lets the fast reader signal "use the general YAML reader" through a typed-throws path.
enum YAMLUnsupportedOrError {
    /// The error value the fast reader throws for unsupported features.
    static let unsupported = DyadError(.badData, "\u{0}unsupported YAML feature")

    /// Whether an error means "fall back to the general reader".
    static func isUnsupported(_ e: DyadError) -> Bool { e.message.hasPrefix("\u{0}") }
}
