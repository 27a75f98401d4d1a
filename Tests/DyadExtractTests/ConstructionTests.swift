import DyadCore
import DyadExtract
import Testing

/// An expected event, loosely: type, object and date, with the subject and `by` when given.
struct Expect: Sendable, CustomStringConvertible {
    var type: EventType
    var object: String?
    var date: String?
    var subject: String? = nil
    var by: String? = nil
    var inherited: Bool? = nil
    var description: String { "\(type) \(object ?? "-") \(date ?? "-")" }
}

struct ConstructionCase: Sendable, CustomStringConvertible {
    var name: String
    var text: String
    var expected: [Expect]
    /// Event types that must not appear.
    var forbidden: [EventType] = []
    var description: String { name }
}

@Suite("Constructions")
struct ConstructionTests {
    static let cases: [ConstructionCase] = [
        .init(name: "object coordination with a date each", text: "The Union opened a delegation in Tbilisi in 1995 and a trade office in Batumi in 1999.",
              expected: [.init(type: .establish, object: "delegation in Tbilisi", date: "1995", subject: "European Union"), .init(type: .establish, object: "trade office in Batumi", date: "1999", subject: "European Union")]),
        .init(name: "serial list of objects", text: "In 1996 Moldova joined the Partnership for Peace, the Council of Europe and the Central European Initiative.",
              expected: [.init(type: .join, object: "Partnership for Peace", date: "1996", subject: "Moldova"), .init(type: .join, object: "Council of Europe", date: "1996", subject: "Moldova"),
                         .init(type: .join, object: "Central European Initiative", date: "1996", subject: "Moldova")]),
        .init(name: "serial list with a bare last item", text: "In March 2003 the Union froze the joint committee, the visa dialogue and technical assistance.",
              expected: [.init(type: .suspend, object: "joint committee", date: "2003-03"), .init(type: .suspend, object: "visa dialogue", date: "2003-03"),
                         .init(type: .suspend, object: "technical assistance", date: "2003-03")]),
        .init(name: "two names joined by and the", text: "Georgia joined the Partnership for Peace and the Euro-Atlantic Partnership Council in 1994.",
              expected: [.init(type: .join, object: "Partnership for Peace", date: "1994"), .init(type: .join, object: "Euro-Atlantic Partnership Council", date: "1994")]),
        .init(name: "passive with agent", text: "The council was set up in 2004 by the Istanbul Declaration.",
              expected: [.init(type: .establish, object: "council", date: "2004", subject: "Istanbul Declaration")]),
        .init(name: "reduced relative", text: "Talks moved to the Joint Commission (JC), created by the Kyiv Charter of 1998, which met twice a year.",
              expected: [.init(type: .establish, object: "Joint Commission", date: "1998", subject: "Kyiv Charter")]),
        .init(name: "relative clause subject", text: "Austria, which joined the European Union in 1995, kept its neutrality.",
              expected: [.init(type: .join, object: "European Union", date: "1995", subject: "Austria")]),
        .init(name: "control verb", text: "In May 2019 the parliament ordered the government to close the consulate in Gdansk.",
              expected: [.init(type: .close, object: "consulate in Gdansk", date: "2019-05", subject: "government")]),
        .init(name: "succession, passive", text: "The Western European Union was succeeded in 2011 by the Common Security and Defence Policy.",
              expected: [.init(type: .replace, object: "Western European Union", date: "2011", by: "Common Security and Defence Policy")]),
        .init(name: "succession with became", text: "In 1995 the Conference on Security and Co-operation in Europe became the Organization for Security and Co-operation in Europe.",
              expected: [.init(type: .replace, object: "Conference on Security and Co-operation in Europe", date: "1995", by: "Organization for Security and Co-operation in Europe")]),
        .init(name: "nominalisation with possessor", text: "Iraq's invasion of Kuwait in August 1990 led to the suspension of all trade with Baghdad.",
              expected: [.init(type: .intervene, object: "Kuwait", date: "1990-08", subject: "Iraq"), .init(type: .suspend, object: "trade with Baghdad", date: "1990-08")]),
        .init(name: "ergative verb", text: "Regular consultations resumed in the first three months of 2005.",
              expected: [.init(type: .resume, object: "Regular consultations", date: "2005-01/2005-03")]),
        .init(name: "coreference: this body", text: "In 1992 the partners created the North Atlantic Forum. This body was replaced by the Atlantic Partnership Council in 1997.",
              expected: [.init(type: .establish, object: "North Atlantic Forum", date: "1992"), .init(type: .replace, object: "North Atlantic Forum", date: "1997", by: "Atlantic Partnership Council")]),
        .init(name: "coreference: it", text: "The Border Assistance Mission was launched in November 2005. It was closed in 2024.",
              expected: [.init(type: .establish, object: "Border Assistance Mission", date: "2005-11"), .init(type: .close, object: "Border Assistance Mission", date: "2024")]),
        .init(name: "narrative date carried over", text: "Relations cooled in 2012. Armenia suspended the agreement on defence research.",
              expected: [.init(type: .suspend, object: "agreement on defence research", date: "2012", inherited: true)]),
        .init(name: "the following year", text: "Croatia applied for membership in 2003. The following year the Commission opened an office in Zagreb.",
              expected: [.init(type: .establish, object: "office in Zagreb", date: "2004")]),
        .init(name: "years later", text: "Albania joined the Partnership for Peace in 1994. Fifteen years later it joined the Alliance.",
              expected: [.init(type: .join, object: "Partnership for Peace", date: "1994")]),
        .init(name: "after a long gap", text: "The council met in 2008. After a long gap of 6 years, the council met again.",
              expected: [.init(type: .meet, object: "council", date: "2014")]),
        .init(name: "day and month from context", text: "The crisis deepened in 2014. On May 16 the ministers suspended the joint working group.",
              expected: [.init(type: .suspend, object: "joint working group", date: "2014-05-16")]),
        .init(name: "between two dates", text: "The observer mission was deployed to the border between May 2003 and May 2005.",
              expected: [.init(type: .deploy, object: nil, date: "2003-05/2005-05")]),
        .init(name: "negated recognition is a condemnation", text: "The Allies do not recognise the so-called elections held in Crimea in 2014.",
              expected: [.init(type: .condemn, object: nil, date: "2014")], forbidden: [.recognise]),
        .init(name: "hypothetical is not an event", text: "The government would close the embassy if the talks failed. It hopes to join the Union in 2030.",
              expected: [], forbidden: [.close, .join]),
        .init(name: "agreed to: one agreement", text: "Both sides agreed to create a hotline in 2010.",
              expected: [.init(type: .agree, object: nil, date: "2010")], forbidden: [.establish]),
        .init(name: "adjective coordination stays one object", text: "All political and military contacts with the regime were suspended in 2020.",
              expected: [.init(type: .suspend, object: "political and military contacts with the regime", date: "2020")]),
        .init(name: "capital for its government", text: "In 2008 Moscow recognised the breakaway regions.",
              expected: [.init(type: .recognise, object: "breakaway regions", date: "2008", subject: "Russia")]),
        .init(name: "a verb after 'and' starts a clause, not a second object", text: "The Charter replaced the Protocol and came into effect on 3 March 2011.",
              expected: [.init(type: .replace, object: "Protocol", date: "2011-03-03", by: "Charter")]),
        .init(name: "coordinated verb after a nominal object", text: "The Union condemned Serbia's annexation of two districts in May 2015 and imposed new tariffs.",
              expected: [.init(type: .annex, object: "two districts", date: "2015-05", subject: "Serbia"), .init(type: .condemn, object: nil, date: "2015-05")]),
        .init(name: "fronted adverbial with a date; a state suspended from a body", text: "After the coup of 3 July 2013, the AU Peace and Security Council suspended Egypt from all AU activities.",
              expected: [.init(type: .suspend, object: "Egypt", date: "2013-07-03", subject: "AU Peace and Security Council")]),
        .init(name: "N days after: the subordinate event dated back", text: "Kuwait appealed to the League for help on 4 August 1990, two days after Iraq launched its invasion.",
              expected: [.init(type: .intervene, object: "Kuwait", date: "1990-08-02", subject: "Iraq")]),
        .init(name: "relative clause after 'role of NAME' attaches to the name", text: "Iceland was an original member of the Arctic Liaison Commission, which was replaced by the Arctic Council in 1996.",
              expected: [.init(type: .replace, object: "Arctic Liaison Commission", date: "1996", by: "Arctic Council")]),
        .init(name: "relative clause after an event noun keeps the event", text: "The annexation of Crimea, which was condemned by the Allies in 2014, changed the relationship.",
              expected: [.init(type: .condemn, object: "annexation of Crimea", date: "2014")]),
        .init(name: "attacks without actor or named target are no intervention", text: "The Council condemned attacks on civilians in Aleppo in 2016.",
              expected: [.init(type: .condemn, object: nil, date: "2016")], forbidden: [.intervene]),
    ]

    /// Coordinated verb phrases never become extra objects ("replaced X and entered into force" has one replacement).
    @Test(arguments: [
        "The new treaty replaced the old convention and entered into force on 1 May 2004.",
        "The Union condemned the annexation of the peninsula in March 2014 and imposed sanctions.",
        "The ministers closed the office and moved the staff to Vienna in 2009.",
    ])
    func noVerbAsObject(_ text: String) throws {
        let events = try Support.events(text)
        let bad = events.filter { e in ["entered", "imposed", "moved"].contains { e.object?.hasPrefix($0) == true } }
        #expect(bad.isEmpty, "\(events.map { "\($0.type) \($0.object ?? "-")" })")
        #expect(events.count { ["replace", "annex", "close"].contains($0.type.rawValue) } == 1)
    }

    /// A comma before a new clause or another event is not a list: nothing after it becomes an object.
    @Test(arguments: [
        "In 2019 Armenia suspended the work of its delegation to the council, and asked the council to close its bureau.",
        "The allies denounced the military intervention in the region, and its illegal annexation of the peninsula in 2014.",
    ])
    func commaBeforeAClauseIsNoList(_ text: String) throws {
        let events = try Support.events(text)
        let objects = events.compactMap(\.object)
        #expect(!objects.contains { $0.hasPrefix("asked") || $0.contains("annexation") }, "\(objects)")
    }

    @Test(arguments: cases)
    func construction(_ c: ConstructionCase) throws {
        try c.verify()
    }
}

extension ConstructionCase {
    /// Extracts the case's text and checks every expected event is there and no forbidden type is; returns the events.
    @discardableResult
    func verify() throws -> [ExtractedEvent] {
        let events = try Support.events(text)
        let shown = events.map { "\($0.type)(\($0.subject ?? "-") -> \($0.object ?? "-") by \($0.by ?? "-")) \($0.date ?? "-")" }
        for x in expected {
            let hit = events.first { e in
                e.type == x.type && (x.object == nil || e.object == x.object) && (x.date == nil || e.date == x.date)
                    && (x.subject == nil || e.subject == x.subject) && (x.by == nil || e.by == x.by) && (x.inherited == nil || e.dateInherited == x.inherited)
            }
            #expect(hit != nil, "expected \(x) in \(shown)")
        }
        for f in forbidden { #expect(!events.contains { $0.type == f }, "unexpected \(f) in \(shown)") }
        return events
    }
}
