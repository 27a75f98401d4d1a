import DyadCore

/// Turns one lane into a row of terminal cells.
enum LaneCells {
    static func paint(_ lane: Lane, scale: TimeScale, columns: Int) -> [TerminalCell] {
        var cells = [TerminalCell](repeating: .empty, count: columns)
        func column(_ day: Day) -> Int { min(columns - 1, max(0, Int(scale.position(day).rounded(.down)))) }

        for bar in lane.bars {
            let solid: TerminalCell = bar.status == .active ? .active : .suspended
            let fuzzy: TerminalCell = bar.status == .active ? .fuzzyActive : .fuzzySuspended
            let first = column(bar.start?.earliest ?? scale.start)
            let last = bar.end.map { max(first, column($0.latest) - 1) } ?? columns - 1
            // Fuzzy only where a whole column lies inside the uncertain days; a day-precise change stays solid.
            let startSure = bar.start.map { column($0.latest) } ?? first
            let endSure = bar.end.map { column($0.earliest) } ?? columns
            for index in first...last {
                let inFuzzyStart = bar.start?.isFuzzy == true && index < startSure
                let inFuzzyEnd = bar.end?.isFuzzy == true && index >= endSure
                cells[index] = inFuzzyStart || inFuzzyEnd ? fuzzy : solid
            }
        }
        if let ending = lane.ending {
            let at = column(ending.at.middle)
            let index = cells[at] == .empty || at == columns - 1 ? at : min(columns - 1, at + 1)
            cells[index] = ending.kind == .closed ? .closed : .replaced
        }
        return cells
    }
}
