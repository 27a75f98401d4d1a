import DyadCore
@testable import DyadRender

/// Histories for the rendering tests: the built-in one, and small ones made to show one feature each.
enum Fixtures {
    static let chronicle: Chronicle = {
        // The built-in history ships inside the binary; failing to read it is a bug the tests must show at once.
        guard let history = try? History.builtIn() else { fatalError("the built-in history does not load") }
        return Chronicle(history)
    }()

    /// A fixed end, so renderings do not change with the calendar.
    static let through = Day(year: 2025, month: 12, day: 31)!

    static func date(_ text: String) -> EDTFDate {
        guard let date = try? EDTFDate(text) else { fatalError("bad test date \(text)") }
        return date
    }

    /// A council suspended in 2008 and resumed only "spring 2009", then replaced; plus a war no institution owns.
    /// Its texts carry markup characters, which must come out escaped.
    static let small: Chronicle = {
        let actors = [Actor(id: "A", name: "Alpha & Co", kind: .organisation), Actor(id: "B", name: "Beta <State>", kind: .state)]
        let institutions = [
            Institution(id: "C1", name: "Council \"One\"", kind: .forum, members: ["A", "B"]),
            Institution(id: "C2", name: "Council Two", kind: .forum),
            Institution(id: "CH", name: "A channel with a very long name that cannot possibly fit in the label column", kind: .channel),
        ]
        let events = [
            Event(id: "e1", type: .establish, date: date("2001-03-04"), subjects: ["A", "B"], object: "C1", note: "Set up <here>."),
            Event(id: "e2", type: .suspend, date: date("2008-08"), subjects: ["A"], object: "C1"),
            Event(id: "e3", type: .resume, date: date("2009-21"), subjects: ["A"], object: "C1"),
            Event(id: "e4", type: .replace, date: date("2012-05-01"), subjects: ["A", "B"], object: "C1", by: "C2"),
            Event(id: "e5", type: .establish, date: date("2003~"), subjects: ["A"], object: "CH"),
            Event(id: "e6", type: .close, date: date("2016-10"), subjects: ["B"], object: "CH"),
            Event(id: "e7", type: .intervene, date: date("2008-08-08"), subjects: ["B"]),
        ]
        return Chronicle(History(title: "Alpha & Beta <test>", dyad: ["A", "B"], actors: actors, institutions: institutions, events: events))
    }()
}
