import DyadCore
import DyadExtract
import Testing

/// The constructions of the genre, on sentences written for these tests: nominal events with their arguments, passives,
/// coordinated actors, relationships as objects, relative clauses, demonyms and capitals, the speaker, dates counted from a
/// dateline or from the narrative, and what did not happen.
@Suite("Constructions of the genre")
struct GenreConstructionTests {
    static let cases: [ConstructionCase] = [
        .init(name: "demonym before a nominal event", text: "The Indian annexation of Sikkim in 1975 ended the monarchy.",
              expected: [.init(type: .annex, object: "Sikkim", date: "1975", subject: "India")]),
        .init(name: "possessor of a nominal event", text: "Iraq's invasion of Kuwait in August 1990 was condemned by the Security Council.",
              expected: [.init(type: .intervene, object: "Kuwait", date: "1990-08", subject: "Iraq")]),
        .init(name: "war between two states", text: "The 1962 war between China and India lasted a month.",
              expected: [.init(type: .intervene, object: "China and India", date: "1962")]),
        .init(name: "suspension from a body", text: "Honduras's suspension from the OAS in 2009 followed the coup.",
              expected: [.init(type: .suspend, object: "OAS", date: "2009", subject: "Honduras")]),
        .init(name: "passive with an agent", text: "The Organisation was founded in 1967 by five states.",
              expected: [.init(type: .establish, object: "Organisation", date: "1967", subject: "five states")]),
        .init(name: "relations broken off and restored", text: "Relations were broken off in 1967 and restored in 1974.",
              expected: [.init(type: .suspend, object: "Relations", date: "1967"), .init(type: .resume, object: "Relations", date: "1974")]),
        .init(name: "coordinated subjects, each an event", text: "Greece and Turkey joined NATO in 1952.",
              expected: [.init(type: .join, object: "NATO", date: "1952", subject: "Greece"), .init(type: .join, object: "NATO", date: "1952", subject: "Turkey")]),
        .init(name: "a list of actors cutting ties", text: "Saudi Arabia, the United Arab Emirates and Bahrain severed diplomatic relations with Qatar in June 2017.",
              expected: [.init(type: .suspend, date: "2017-06", subject: "Saudi Arabia"), .init(type: .suspend, date: "2017-06", subject: "United Arab Emirates"),
                         .init(type: .suspend, date: "2017-06", subject: "Bahrain")]),
        .init(name: "relative clause founding a body", text: "In 1995 the two states signed a charter, which created a joint commission.",
              expected: [.init(type: .sign, object: "charter", date: "1995"), .init(type: .establish, object: "joint commission", date: "1995")]),
        .init(name: "capitals stand for governments", text: "Moscow recognised Abkhazia in August 2008. Tehran expelled two British diplomats in 2011.",
              expected: [.init(type: .recognise, object: "Abkhazia", date: "2008-08", subject: "Russia"), .init(type: .expel, date: "2011", subject: "Iran")]),
        .init(name: "an order to leave is an expulsion", text: "In March 2019 Nairobi gave the envoy of Somalia three days to leave.",
              expected: [.init(type: .expel, date: "2019-03", subject: "Kenya")], forbidden: [.leave]),
        .init(name: "the speaker of a statement", text: "Statement by the Government of Chile on relations with Peru\n\nSantiago, 3 May 2019\n\nIn 2011 we signed the Pacific Alliance Framework Agreement with Peru.",
              expected: [.init(type: .sign, date: "2011", subject: "Chile")]),
        .init(name: "dates from a dateline", text: "Talks resume\n\nLIMA, Friday 7 June 2019 (Wire) - Peru resumed the border talks on Tuesday. Chile closed its consulate in Tacna last year.",
              expected: [.init(type: .resume, date: "2019-06-04"), .init(type: .close, date: "2018")]),
        .init(name: "a day counted from the narrative", text: "Chile signed the accord on 3 March 2001. The following day Peru ratified the accord.",
              expected: [.init(type: .sign, date: "2001-03-04", subject: "Peru")]),
        .init(name: "plans, negations and conditions give nothing",
              text: "In 2003 Canberra planned to sign a trade pact with Jakarta. Ankara did not join the union. Under the plan, Cuba would restore the embassy in 2030.",
              expected: [], forbidden: [.sign, .join, .resume]),
        .init(name: "one side's offensive in a document about a pair", text: "Ethiopia–Eritrea relations\n\nEthiopia's offensive of May 2000 ended the fighting.",
              expected: [.init(type: .intervene, object: "Eritrea", date: "2000-05", subject: "Ethiopia")]),
        .init(name: "not restored until a date", text: "Diplomatic ties were not restored until 1976.",
              expected: [.init(type: .resume, date: "1976")]),
        .init(name: "an agreement named by its date", text: "The Kharkiv Accords of 21 April 2010 extended the lease.",
              expected: [.init(type: .sign, object: "Kharkiv Accords", date: "2010-04-21")]),
        .init(name: "meetings held, not meetings planned", text: "The council met in an extraordinary session in May 2016. The next summit will be held in 2030.",
              expected: [.init(type: .meet, date: "2016-05")]),
    ]

    @Test(arguments: cases)
    func construction(_ c: ConstructionCase) throws {
        let events = try c.verify()
        if c.name.hasPrefix("meetings held") { #expect(events.filter { $0.type == .meet }.count == 1, "only the meeting that took place") }
    }
}
