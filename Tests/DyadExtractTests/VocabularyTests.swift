import DyadCore
@testable import DyadExtract
import Foundation
import Testing

/// The closed vocabulary stands in for dozens of word lists: these tests hold it to the lists it replaces.
@Suite("Vocabulary")
struct VocabularyTests {
    /// The words of a sentence the tests below run through every question.
    static let sample = """
        The Alliance had established the Council in 1997, but Russia suspended its participation, withdrew from the talks,
        and was admitted to the Forum; NATO-led forces were deployed (KFOR) while officials regretted, committed and cancelled
        plans, expelling diplomats, entering into force, reopening the office, applies, applied, studies, Communiqué
        """

    @Test func coreWordsHaveTheirOwnIDs() {
        for c in CoreWord.allCases {
            #expect(Vocabulary.shared.lookup(c.text).0 == c.rawValue, "\(c.text)")
        }
        #expect(CoreWord.allCases.count <= 128, "core sets are 128-bit masks")
        #expect(Vocabulary.shared.lookup("kosovo-force").0 == -1)
    }

    @Test func tokensCarryIDsWhateverTheirCase() {
        let tokens = Tokenizer.tokenize("And THE Council's (NIO) - end")
        #expect(tokens[0].isWord(.and))
        #expect(tokens[1].isWord(.the))
        #expect(tokens[2].isA(.nameHead) && tokens[2].word >= 0)
        #expect(tokens[3].isWord(.possessive))
        #expect(tokens[4].isWord(.openParen) && tokens[6].isWord(.closeParen))
        #expect(tokens[5].word == -1 && tokens[5].bits == 0)
        #expect(tokens[7].isWord(.dash))
    }

    @Test func classBitsAgreeWithTheWordLists() {
        let lists: [(WordSet, WordClass)] = [
            (Words.determiners, .determiner), (Words.be, .be), (Words.have, .have), (Words.modals, .modal), (Words.adverbs, .adverb),
            (Words.clauseOpeners, .clauseOpener), (Words.innerPreps, .innerPrep), (Words.hypothetical, .hypothetical),
            (Words.adjectives, .adjective), (Words.commonVerbs, .commonVerb), (Lexicon.forms, .trigger), (NameFinder.heads, .nameHead),
            (DateParser.leadWords, .dateLead), (DocumentRun.dateStarters, .dateStarter),
        ]
        for (list, c) in lists {
            for w in list {
                let (_, bits) = Vocabulary.shared.lookup(w)
                #expect(bits & c.rawValue != 0, "\(w)")
            }
            // And a word outside the list does not have the bit.
            for t in Tokenizer.tokenize(Self.sample) where !list.contains(t.lower) {
                #expect(!t.isA(c), "\(t.lower)")
            }
        }
    }

    @Test func verbFormBitsAgreeWithTheRules() {
        var words = Set(Tokenizer.tokenize(Self.sample).map(\.lower))
        words.formUnion(VerbForms.allForms())
        words.formUnion(["entered", "committed", "cancelling", "studied", "lies", "tied", "red", "need", "ring", "sing", "bed"])
        for w in words {
            let t = Tokenizer.tokenize(w)
            guard t.count == 1 else { continue }
            #expect(t[0].isA(.verbForm) == VerbForms.isVerb(w), "\(w)")
            #expect(t[0].isA(.pastForm) == VerbForms.isPast(w), "\(w)")
            #expect(t[0].isA(.edForm) == (w.hasSuffix("ed") && w.count > 4), "\(w)")
            #expect(t[0].isA(.ingForm) == w.hasSuffix("ing"), "\(w)")
        }
    }

    @Test func mentionsAnswerByStartAndByEnd() {
        var m = Mentions(count: 6)
        let nato = Alias(entity: Entity(id: "NATO", name: "NATO", kind: .organisation), metonym: false)
        let rus = Alias(entity: Entity(id: "RUS", name: "Russia", kind: .state), metonym: false)
        m.add(start: 0, end: 2, alias: nato)
        m.add(start: 4, end: 5, alias: rus)
        #expect(m[0]?.0 == 2 && m[0]?.1.entity.id == "NATO")
        #expect(m[1] == nil && m[-1] == nil && m[99] == nil)
        #expect(m.start(endingAt: 5) == 4 && m.start(endingAt: 2) == 0 && m.start(endingAt: 3) == nil)
        #expect(m.map(\.0) == [0, 4])
    }

    @Test func confidencesPrintAsSwiftWould() {
        for k in 0...100 {
            let c = Double(k) / 100
            var bytes: [UInt8] = []
            EventWriter.appendConfidence(c, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == c.description)
        }
        for c in [0.123, 1.5, -0.2, 0.005] {
            var bytes: [UInt8] = []
            EventWriter.appendConfidence(c, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == c.description)
        }
    }
}

@Suite("Core word sets")
struct CoreSetTests {
    @Test func literalsHoldTheirWordsAndNoOthers() {
        let s: CoreSet = [.of, .for, .break, .fourth, .possessive]
        let inside: [CoreWord] = [.of, .for, .break, .fourth, .possessive]
        for c in CoreWord.allCases {
            #expect(s.contains(id: c.rawValue) == inside.contains(c), "\(c.text)")
        }
        #expect(!s.contains(id: -1) && !s.contains(id: 500))
    }
}
