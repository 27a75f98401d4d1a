import DyadCore
import Foundation

/// The state of one document as it streams through: buffered text, narrative time, learned names.
struct DocumentRun {
    let name: String
    let options: ExtractOptions
    let known: Gazetteer
    var cleaner: MarkupCleaner
    var validator = UTF8Validator()
    var buffer = TextBuffer()
    /// Start of the paragraph being gathered, and end of the last complete line, in `buffer`.
    var paragraphStart = 0
    var scanned = 0
    var lastLineStart = 0
    var context = DateContext()
    var publishedFromOptions = false
    var learned = Gazetteer()
    var salient: Entity?
    /// Recently named things, oldest first; a slice, so that dropping the oldest moves nothing.
    var recent: ArraySlice<Phrase> = []
    var topic: Phrase?
    /// Who speaks in the document, for "we" and "our Government": named after "by" in the title, or by the dateline's city.
    var author: Entity?
    /// The two actors the title names, for "the two sides".
    var pair: (Entity, Entity)?
    /// True while the dateline sentence is read: a capital at its head names the author of a statement.
    var datelineSeen = false
    var events: [ExtractedEvent] = []
    var sentences = 0
    var bytes = 0
    /// Bytes held back before a paragraph is forced out, so memory stays flat on files without line breaks.
    let holdLimit: Int
    /// Arrays made for every sentence, kept from one sentence to the next so that their storage is reused:
    /// making and freeing them showed among the larger costs in allocation profiles.
    var tokenBuffer: [Token] = []
    var anchorBuffer: [Int] = []
    var reachBuffer: [Bool] = []
    var dateAtBuffer: [Int?] = []
    var datesBuffer: [DateMatch] = []
    var sentenceBuffer: [Range<Int>] = []
    var mentionBuffer = Mentions(count: 0)
    var parserBuffers = SentenceParser.Buffers()

    init(name: String, format: InputFormat, options: ExtractOptions, known: Gazetteer) {
        self.name = name
        self.options = options
        self.known = known
        self.cleaner = MarkupCleaner(format: format)
        self.holdLimit = max(options.maxSentenceBytes * 4, 64 * 1024)
        if let p = options.published, let point = DateNormalizer.point(fromEDTF: p) {
            context.published = point
            publishedFromOptions = true
        }
    }

    /// Feeds the next raw chunk; `base` is its offset in the file.
    mutating func feed(_ chunk: UnsafeBufferPointer<UInt8>, base: Int) throws(ExtractError) {
        do { try validator.feed(chunk) } catch { throw problem(error) }
        var body = chunk
        var at = base
        // A UTF-8 byte order mark is skipped; offsets stay those of the file.
        if base == 0, chunk.count >= 3, chunk[0] == 0xEF, chunk[1] == 0xBB, chunk[2] == 0xBF {
            body = UnsafeBufferPointer(rebasing: chunk[3...])
            at = 3
        }
        bytes += chunk.count
        cleaner.feed(body, base: at, into: &buffer)
        drain(final: false)
    }

    /// Ends the document, processing what is left.
    mutating func finish() throws(ExtractError) {
        do { try validator.finish() } catch { throw problem(error) }
        drain(final: true)
    }

    func problem(_ p: UTF8Validator.Problem) -> ExtractError {
        switch p {
        case .binary(let at): return ExtractError(code: 65, "\(name): looks like a binary file (NUL byte at offset \(at)); give a text, Markdown or HTML document")
        case .invalid(let at, let byte):
            return ExtractError(code: 65, "\(name): not UTF-8 (byte 0x\(String(byte, radix: 16, uppercase: true)) at offset \(at)); convert it to UTF-8 first, e.g. iconv -f LATIN1 -t UTF-8")
        case .truncated(let at): return ExtractError(code: 65, "\(name): not UTF-8 (a character is cut off at the end, offset \(at))")
        }
    }

    /// Processes every complete paragraph in the buffer and compacts it.
    mutating func drain(final: Bool) {
        let count = buffer.bytes.count
        var i = scanned
        // Work on a copy of the array (no bytes are copied) so the closure may update the run's state.
        let held = buffer.bytes
        held.withUnsafeBufferPointer { b in
            while i < count {
                let base = b.baseAddress!
                // Jump to the next place anything can happen: a line feed, or the point where a line with no end in
                // sight must be cut. memchr finds the line feeds; a loop testing both conditions at every byte showed in profiles.
                let cutFrom = max(paragraphStart + holdLimit, lastLineStart + holdLimit / 2)
                if i < cutFrom {
                    let stop = min(count, cutFrom)
                    guard let lf = memchr(base + i, 0x0A, stop - i) else {
                        i = stop
                        continue
                    }
                    i = UnsafePointer(lf.assumingMemoryBound(to: UInt8.self)) - base
                }
                if b[i] == 0x0A {
                    lineEnded(b, lineStart: lastLineStart, lineEnd: i)
                    lastLineStart = i + 1
                } else {
                    // Here i >= cutFrom, a line with no end in sight: cut at a sentence end or a space so the work stays bounded.
                    var cut = i
                    while cut > paragraphStart + holdLimit / 2, !(b[cut] == 0x20 && b[cut - 1] == 0x2E) { cut -= 1 }
                    if cut <= paragraphStart + holdLimit / 2 { cut = i; while cut > paragraphStart + 1, b[cut] != 0x20 { cut -= 1 } }
                    if cut <= paragraphStart + 1 { cut = i; while cut > paragraphStart + 1, b[cut] & 0xC0 == 0x80 { cut -= 1 } }
                    paragraph(b, paragraphStart..<cut)
                    paragraphStart = cut
                    lastLineStart = cut
                }
                i += 1
            }
            if final {
                if lastLineStart < count { lineEnded(b, lineStart: lastLineStart, lineEnd: count) }
                if paragraphStart < count { paragraph(b, paragraphStart..<count) }
                paragraphStart = count
            }
        }
        scanned = count
        if final { return }
        // Compact once per chunk, never per paragraph.
        if paragraphStart > 0 {
            let n = paragraphStart
            buffer.removeFirst(n)
            paragraphStart = 0
            lastLineStart -= n
            scanned -= n
        }
    }

    /// A line has ended: decide whether it closes the paragraph (blank line, heading, sentence end) or wraps.
    mutating func lineEnded(_ b: UnsafeBufferPointer<UInt8>, lineStart: Int, lineEnd: Int) {
        var e = lineEnd
        while e > lineStart, b[e - 1] == 0x20 || b[e - 1] == 0x0D || b[e - 1] == 0x09 { e -= 1 }
        var s = lineStart
        while s < e, b[s] == 0x20 || b[s] == 0x09 { s += 1 }
        if s == e {
            paragraph(b, paragraphStart..<lineEnd)
            paragraphStart = min(lineEnd + 1, b.count)
            return
        }
        let last = b[e - 1]
        let endsSentence = last == 0x2E || last == 0x21 || last == 0x3F || last == 0x3A || last == 0x22 || last == 0x29
        let wraps = !endsSentence && (e - s) >= 60 && (last >= 0x61 && last <= 0x7A || last == 0x2C || last == 0x2D)
        if !wraps {
            paragraph(b, paragraphStart..<lineEnd)
            paragraphStart = min(lineEnd + 1, b.count)
        }
    }

    /// Processes one paragraph.
    mutating func paragraph(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) {
        guard r.lowerBound < r.upperBound else { return }
        var sents = reclaim(&sentenceBuffer)
        defer { sentenceBuffer = sents }
        SentenceSplitter.split(b, r, maxBytes: options.maxSentenceBytes, into: &sents)
        // Page furniture: cookie notices, newsletter boxes, share buttons.
        let clutter = Self.isClutter(b, r)
        // The document's first line, short and with no full stop, is its title: it names the author, and its events are the body's.
        var title = false
        if sentences == 0, sents.count == 1, r.count < 300, let last = (r.lowerBound..<r.upperBound).last(where: { b[$0] > 0x20 }), ![0x2E, 0x21, 0x3F].contains(b[last]) {
            title = true
        }
        for s in sents {
            let buf = buffer
            Tokenizer.tokenize(b, s, into: &tokenBuffer, offset: { buf.docOffset($0) })
            let tokens = tokenBuffer
            guard !tokens.isEmpty else { continue }
            sentences += 1
            sentence(tokens, b, clutter: clutter || (sents.count == 1 && tokens.count < 5 && !tokens.contains { $0.isWord(.period) }), title: title)
        }
    }

    static func isClutter(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        guard r.count < 600 else { return false }
        let s = String(decoding: UnsafeBufferPointer(rebasing: b[r]), as: UTF8.self).lowercased()
        for mark in ["cookie", "newsletter", "subscribe", "javascript", "privacy policy", "share this", "all rights reserved", "skip to", "sign up", "log in", "terms of use", "follow us", "print this page", "you are here"] where s.contains(mark) {
            return true
        }
        return false
    }
}
