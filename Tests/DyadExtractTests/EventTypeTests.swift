import DyadCore
import DyadExtract
import Testing

/// One sentence per event type, written for these tests, with what must come out of it.
struct EventTypeCase: Sendable, CustomStringConvertible {
    var text: String
    var type: EventType
    var subject: String?
    var object: String?
    var date: String?
    var description: String { "\(type): \(text)" }
}

@Suite("Every event type")
struct EventTypeTests {
    static let cases: [EventTypeCase] = [
        .init(text: "In 2004 the Council of Europe opened a liaison office in Kyiv.", type: .establish, subject: "Council of Europe", object: "liaison office in Kyiv", date: "2004"),
        .init(text: "The monitoring mission was dissolved in March 2011.", type: .close, subject: nil, object: "monitoring mission", date: "2011-03"),
        .init(text: "In 1995 the Contact Group was replaced by the Peace Implementation Council.", type: .replace, subject: nil, object: "Contact Group", date: "1995"),
        .init(text: "Finland joined the European Union on 1 January 1995.", type: .join, subject: "Finland", object: "European Union", date: "1995-01-01"),
        .init(text: "Hungary withdrew from the Warsaw Pact in November 1956.", type: .leave, subject: "Hungary", object: "Warsaw Pact", date: "1956-11"),
        .init(text: "Norway applied for membership of the European Communities in 1962.", type: .apply, subject: "Norway", object: "membership of the European Communities", date: "1962"),
        .init(text: "Both governments signed the Treaty of Friendship on May 7, 1997.", type: .sign, subject: "governments", object: "Treaty of Friendship", date: "1997-05-07"),
        .init(text: "In June 2003 the two sides agreed on a roadmap for visa facilitation.", type: .agree, subject: "two sides", object: "roadmap for visa facilitation", date: "2003-06"),
        .init(text: "Moldova suspended its participation in the talks in the autumn of 2006.", type: .suspend, subject: "Moldova", object: "its participation in the talks", date: nil),
        .init(text: "Joint exercises resumed in summer 2012.", type: .resume, subject: nil, object: "Joint exercises", date: "2012-22"),
        .init(text: "Sweden deployed troops to the stabilisation force in Bosnia in 1996.", type: .deploy, subject: "Sweden", object: "stabilisation force in Bosnia", date: "1996"),
        .init(text: "Iraq invaded Kuwait on 2 August 1990.", type: .intervene, subject: "Iraq", object: "Kuwait", date: "1990-08-02"),
        .init(text: "The annexation of Crimea in March 2014 was widely condemned.", type: .annex, subject: nil, object: "Crimea", date: "2014-03"),
        .init(text: "Georgia recognised Kosovo in 2009.", type: .recognise, subject: nil, object: "Kosovo", date: "2009"),
        .init(text: "In April 2018 Poland expelled four diplomats of the embassy.", type: .expel, subject: "Poland", object: "four diplomats of the embassy", date: "2018-04"),
        .init(text: "The European Parliament condemned the arrest of the opposition leader in January 2021.", type: .condemn, subject: "European Parliament", object: "arrest of the opposition leader", date: "2021-01"),
        .init(text: "The joint commission met in Geneva in October 2009.", type: .meet, subject: nil, object: "joint commission", date: "2009-10"),
    ]

    @Test(arguments: cases)
    func extractsType(_ c: EventTypeCase) throws {
        let events = try Support.events(c.text)
        let hit = events.first { $0.type == c.type }
        #expect(hit != nil, "no \(c.type) in \(events.map { "\($0.type)(\($0.subject ?? "-") -> \($0.object ?? "-"))" })")
        guard let e = hit else { return }
        if let s = c.subject { #expect(e.subject == s) }
        if let o = c.object { #expect(e.object == o) }
        if let d = c.date { #expect(e.date == d) }
    }
}
