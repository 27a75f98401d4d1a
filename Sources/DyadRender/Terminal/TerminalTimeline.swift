import DyadCore

/// Options for the terminal timeline.
public struct TerminalTimelineOptions: Sendable {
    /// The number of columns to fill.
    public var width: Int
    /// Whether to use ANSI colours (the symbols carry the meaning either way).
    public var color: Bool
    /// The last day to draw; defaults to the end of the later of the last event's year and the current year.
    public var through: Day?

    /// Creates options; `TerminalInfo.current()` gives the width and colour choice for standard output.
    public init(width: Int = 100, color: Bool = false, through: Day? = nil) {
        self.width = width
        self.color = color
        self.through = through
    }
}

/// The terminal timeline: one lane per institution, grouped by kind, years along the top.
public enum TerminalTimeline {
    static func render(_ model: TimelineModel, options: TerminalTimelineOptions) -> String {
        let ansi = ANSI(enabled: options.color)
        let width = max(40, options.width)
        let names = model.groups.flatMap(\.lanes).map { $0.name.count + 2 }
        // Labels take at most a third of the line, so the lanes keep room to show change.
        let labelWidth = min(max(names.max() ?? 10, 12), width / 3)
        let columns = width - labelWidth - 1
        let scale = TimeScale(start: model.start, end: model.end, length: Double(columns))

        var lines: [String] = []
        let range = "\(model.start.year)–\(model.end.year - 1)"
        lines.append(ansi.bold(TerminalText.fit(model.title, width - range.count - 2)) + "  " + ansi.dim(range))
        lines.append(TerminalText.pad("", labelWidth + 1) + yearRuler(scale, columns: columns))
        for group in model.groups {
            lines.append(ansi.bold(TerminalText.fit(group.kind.heading, width)))
            for lane in group.lanes {
                let label = TerminalText.pad("  " + TerminalText.fit(lane.name, labelWidth - 2), labelWidth)
                let cells = LaneCells.paint(lane, scale: scale, columns: columns)
                lines.append(label + " " + draw(cells, ansi: ansi))
            }
        }
        lines.append("")
        lines += legend(ansi: ansi, width: width)
        return lines.map { TerminalText.trimTrailing($0) }.joined(separator: "\n") + "\n"
    }

    /// The row of year labels, each starting at its year's column, none overlapping.
    static func yearRuler(_ scale: TimeScale, columns: Int) -> String {
        var row = [Character](repeating: " ", count: columns)
        var nextFree = 0
        for year in scale.yearTicks(labelLength: 6) {
            let column = Int(scale.position(TimeScale.newYear(year)).rounded(.down))
            let text = Array(String(year))
            guard column >= nextFree, column + text.count <= columns else { continue }
            for (offset, character) in text.enumerated() { row[column + offset] = character }
            nextFree = column + text.count + 1
        }
        return String(row)
    }

    static func draw(_ cells: [TerminalCell], ansi: ANSI) -> String {
        // Runs of one cell kind share one escape sequence, which keeps the output small.
        var out = ""
        var index = 0
        while index < cells.count {
            let cell = cells[index]
            var runEnd = index
            while runEnd < cells.count, cells[runEnd] == cell { runEnd += 1 }
            out += ansi.paint(String(repeating: cell.symbol, count: runEnd - index), cell.sgr)
            index = runEnd
        }
        return out
    }

    /// The key to the symbols, wrapped to the width.
    static func legend(ansi: ANSI, width: Int) -> [String] {
        let items: [(TerminalCell, String)] = [
            (.active, "active"), (.suspended, "suspended"), (.fuzzyActive, "date uncertain"),
            (.closed, "closed"), (.replaced, "replaced"),
        ]
        var lines: [String] = []
        var line = "", used = 0
        for (cell, label) in items {
            let length = label.count + 2
            if used > 0, used + 3 + length > width {
                lines.append(line)
                line = ""
                used = 0
            }
            if used > 0 {
                line += "   "
                used += 3
            }
            line += ansi.paint(String(cell.symbol), cell.sgr) + " " + label
            used += length
        }
        return lines + [line]
    }
}
