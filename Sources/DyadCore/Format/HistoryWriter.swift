/// Writes a `History` in a fixed key order, one fact per line, so that diffs stay small and readable.
struct HistoryWriter {
    func write(_ history: History) -> String {
        var out = "dyad: 1\n"
        out += "title: \(scalar(history.title))\n"
        if !history.dyad.isEmpty { out += "pair: \(flow(history.dyad))\n" }
        if let note = history.note { out += "note: \(scalar(note))\n" }

        out += history.actors.isEmpty ? "\nactors: []\n" : "\nactors:\n"
        for a in history.actors {
            out += "  - id: \(scalar(a.id))\n"
            out += "    name: \(scalar(a.name))\n"
            out += "    kind: \(a.kind.rawValue)\n"
            if !a.aliases.isEmpty { out += "    aliases: \(flow(a.aliases))\n" }
            if !a.codes.isEmpty { out += "    codes: \(flow(a.codes))\n" }
            if let note = a.note { out += "    note: \(scalar(note))\n" }
        }
        out += history.institutions.isEmpty ? "\ninstitutions: []\n" : "\ninstitutions:\n"
        for i in history.institutions {
            out += "  - id: \(scalar(i.id))\n"
            out += "    name: \(scalar(i.name))\n"
            out += "    kind: \(i.kind.rawValue)\n"
            if !i.aliases.isEmpty { out += "    aliases: \(flow(i.aliases))\n" }
            if !i.members.isEmpty { out += "    members: \(flow(i.members))\n" }
            if let note = i.note { out += "    note: \(scalar(note))\n" }
        }
        out += history.sources.isEmpty ? "\nsources: []\n" : "\nsources:\n"
        for s in history.sources {
            out += "  - id: \(scalar(s.id))\n"
            out += "    title: \(scalar(s.title))\n"
            out += "    publisher: \(scalar(s.publisher))\n"
            if let url = s.url { out += "    url: \(scalar(url))\n" }
            if let date = s.date { out += "    date: \(scalar(date.text))\n" }
        }
        out += history.events.isEmpty ? "\nevents: []\n" : "\nevents:\n"
        for e in history.events {
            out += "  - id: \(scalar(e.id))\n"
            out += "    type: \(e.type.rawValue)\n"
            out += "    date: \(scalar(e.date.text))\n"
            if e.subjects.count == 1 { out += "    subject: \(scalar(e.subjects[0]))\n" } else if e.subjects.count > 1 { out += "    subject: \(flow(e.subjects))\n" }
            if let object = e.object { out += "    object: \(scalar(object))\n" }
            if let by = e.by { out += "    by: \(scalar(by))\n" }
            if let place = e.place { out += "    place: \(scalar(place))\n" }
            if !e.sources.isEmpty {
                if e.sources.allSatisfy({ $0.locator == nil }) {
                    out += "    sources: \(flow(e.sources.map(\.source)))\n"
                } else {
                    out += "    sources:\n"
                    for c in e.sources {
                        if let locator = c.locator {
                            out += "      - {source: \(flowItem(c.source)), locator: \(flowItem(locator))}\n"
                        } else {
                            out += "      - \(scalar(c.source))\n"
                        }
                    }
                }
            }
            if let who = e.assertedBy { out += "    asserted_by: \(scalar(who))\n" }
            if let note = e.note { out += "    note: \(scalar(note))\n" }
        }
        return out
    }

    /// A flow list `[a, b]`, quoting items that would otherwise change meaning.
    private func flow(_ items: [String]) -> String {
        "[" + items.map(flowItem).joined(separator: ", ") + "]"
    }

    private func flowItem(_ s: String) -> String {
        if needsQuotes(s) || s.contains(where: { ",[]{}".contains($0) }) { return DoubleQuoted.literal(s) }
        return s
    }

    /// A block scalar, plain when plain reads back as the same text, double-quoted otherwise.
    private func scalar(_ s: String) -> String {
        needsQuotes(s) ? DoubleQuoted.literal(s) : s
    }

    /// Whether plain text would read back differently: one pass over the bytes, since histories can be large.
    private func needsQuotes(_ s: String) -> Bool {
        var bytes = s.utf8.makeIterator()
        guard let first = bytes.next() else { return true }
        switch first {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"),
            UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"),
            UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"),
            UInt8(ascii: "`"), UInt8(ascii: "~"), UInt8(ascii: " "):
            return true
        default: break
        }
        var previous = first
        var count = 1
        for b in s.utf8.dropFirst() {
            count += 1
            if b < 0x20 || b == 0x7F { return true }
            if previous == UInt8(ascii: ":") && b == UInt8(ascii: " ") { return true }
            if previous == UInt8(ascii: " ") && b == UInt8(ascii: "#") { return true }
            if b == 0xEF { return true }  // may start a byte order mark; quoting is always safe
            previous = b
        }
        if first < 0x20 || first == 0x7F || first == 0xEF { return true }
        if previous == UInt8(ascii: " ") || previous == UInt8(ascii: ":") { return true }
        // Words YAML would read as something other than text.
        if count <= 5 {
            let lower = s.lowercased()
            if ["null", "true", "false", "yes", "no", "on", "off", "y", "n"].contains(lower) { return true }
        }
        return false
    }
}
