import DyadCore
import Foundation

/// The report's tables: snapshots at the chosen dates, the events, the sources.
enum ReportSections {
    static func snapshots(_ html: inout HTMLWriter, chronicle: Chronicle, dates: [EDTFDate]) {
        let snapshots = dates.map { chronicle.snapshot(at: $0) }
        html.line("<section><h2>Status at chosen dates</h2>")
        html.line("<p class=\"hint\">A dashed badge means the status is only possible on that date: an event that would change it has a date range that includes it.</p>")
        html.line("<div class=\"scroll\"><table class=\"snapshots\"><thead><tr><th>Institution</th>")
        for date in dates { html.line("<th>\(XMLText.escape(date.text))</th>") }
        html.line("</tr></thead><tbody>")
        // The chart's order of kinds, so the table reads like the lanes above it.
        let rank = Dictionary(uniqueKeysWithValues: TimelineModel.kindOrder.enumerated().map { ($1, $0) })
        let rows = (snapshots.first?.entries.map(\.institution) ?? []).enumerated()
            .sorted { (rank[$0.element.kind] ?? 99, $0.offset) < (rank[$1.element.kind] ?? 99, $1.offset) }
            .map(\.element)
        var kind: InstitutionKind?
        for institution in rows {
            if institution.kind != kind {
                kind = institution.kind
                html.line("<tr class=\"group\"><td colspan=\"\(dates.count + 1)\">\(XMLText.escape(institution.kind.heading))</td></tr>")
            }
            html.line("<tr><td>\(XMLText.escape(institution.name))</td>")
            for snapshot in snapshots {
                guard let entry = snapshot.entries.first(where: { $0.institution.id == institution.id }) else {
                    html.line("<td></td>")
                    continue
                }
                html.line("<td>\(badge(entry.state))</td>")
            }
            html.line("</tr>")
        }
        html.line("</tbody></table></div></section>")
    }

    static func badge(_ state: StatusAt) -> String {
        let status = state.status.rawValue
        let css = status.replacingOccurrences(of: " ", with: "-") + (state.certainty == .possible ? " possible" : "")
        var out = "<span class=\"badge \(css)\">\(XMLText.escape(status))"
        if state.certainty == .possible { out += "?" }
        out += "</span>"
        if let event = state.since {
            out += " <a class=\"since\" href=\"#ev-\(XMLText.escape(event.id))\">\(XMLText.escape(event.date.text))</a>"
        }
        if state.certainty == .possible, let otherwise = state.otherwise {
            out += "<div class=\"otherwise\">otherwise \(XMLText.escape(otherwise.rawValue))</div>"
        }
        return out
    }

    static func events(_ html: inout HTMLWriter, history: History) {
        let names = Dictionary(
            (history.actors.map { ($0.id, $0.name) } + history.institutions.map { ($0.id, $0.name) }),
            uniquingKeysWith: { first, _ in first })
        let sources = Dictionary(history.sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        func name(_ id: String) -> String { XMLText.escape(names[id] ?? id) }
        html.line("<section><h2>Events</h2><div class=\"scroll\"><table class=\"events\">")
        html.line("<thead><tr><th>Date</th><th>Type</th><th>What</th><th>Sources</th></tr></thead><tbody>")
        let sorted = history.events.sorted { ($0.date.earliest, $0.date.latest) < ($1.date.earliest, $1.date.latest) }
        for event in sorted {
            var what = event.subjects.map(name).joined(separator: ", ")
            if let object = event.object { what += (what.isEmpty ? "" : " → ") + name(object) }
            if let by = event.by { what += " <span class=\"muted\">by</span> " + name(by) }
            if let place = event.place { what += " <span class=\"muted\">in \(XMLText.escape(place))</span>" }
            if let note = event.note { what += "<div class=\"note\">\(XMLText.escape(note))</div>" }
            let cited = event.sources.map { citation -> String in
                guard let source = sources[citation.source] else { return XMLText.escape(citation.source) }
                let title = XMLText.escape(source.title)
                let link = source.url.map { "<a href=\"\(XMLText.escape($0))\">\(title)</a>" } ?? title
                return link + (citation.locator.map { ", " + XMLText.escape($0) } ?? "")
            }
            let fuzzy = event.date.earliest < event.date.latest
                ? "<div class=\"muted\">\(event.date.earliest) – \(event.date.latest)</div>" : ""
            html.line(
                "<tr id=\"ev-\(XMLText.escape(event.id))\"><td class=\"date\">\(XMLText.escape(event.date.text))\(fuzzy)</td>"
                    + "<td><span class=\"type\">\(event.type.rawValue)</span></td><td>\(what)</td>"
                    + "<td>\(cited.joined(separator: "<br>"))</td></tr>")
        }
        html.line("</tbody></table></div></section>")
    }

    static func sources(_ html: inout HTMLWriter, history: History) {
        html.line("<section><h2>Sources</h2><ol class=\"sources\">")
        for source in history.sources {
            let title = XMLText.escape(source.title)
            let link = source.url.map { "<a href=\"\(XMLText.escape($0))\">\(title)</a>" } ?? title
            let date = source.date.map { " (\(XMLText.escape($0.text)))" } ?? ""
            html.line("<li id=\"src-\(XMLText.escape(source.id))\">\(link) — \(XMLText.escape(source.publisher))\(date)</li>")
        }
        html.line("</ol></section>")
    }
}
