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
        if needsQuotes(s) || s.contains(where: { ",[]{}".contains($0) }) { return quoted(s) }
        return s
    }

    /// A block scalar, plain when plain reads back as the same text, double-quoted otherwise.
    private func scalar(_ s: String) -> String {
        needsQuotes(s) ? quoted(s) : s
    }

    private func needsQuotes(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, let last = s.unicodeScalars.last else { return true }
        if "-?:,[]{}#&*!|>'\"%@`~".unicodeScalars.contains(first) { return true }
        if first == " " || last == " " || last == ":" { return true }
        if s.contains(": ") || s.contains(" #") || s.contains("\n") || s.contains("\t") || s.contains("\r") { return true }
        if s.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || $0.value == 0xFEFF }) { return true }
        // Words YAML would read as something other than text.
        let lower = s.lowercased()
        if ["null", "true", "false", "yes", "no", "on", "off", "y", "n"].contains(lower) { return true }
        return false
    }

    private func quoted(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if u.value < 0x20 || u.value == 0x7F || u.value == 0xFEFF {
                    out += "\\u" + String(repeating: "0", count: 4 - String(u.value, radix: 16).count) + String(u.value, radix: 16)
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }
}
