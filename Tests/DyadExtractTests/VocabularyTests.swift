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
        let tokens = Tokenizer.withTokens("And THE Council's (NIO) - end") { t, _ in t }
        #expect(tokens[0].isWord(.and))
        #expect(tokens[1].isWord(.the))
        #expect(tokens[2].isA(.nameHead) && tokens[2].word >= 0)
        #expect(tokens[3].isWord(.possessive))
        #expect(tokens[4].isWord(.openParen) && tokens[6].isWord(.closeParen))
        #expect(tokens[5].word == -1 && tokens[5].bits == 0)
        #expect(tokens[7].isWord(.dash))
    }

    @Test func tokensPrintFromTheBufferInTheirNormalForm() {
        Tokenizer.withTokens("Russia\u{2019}s EU\u{2013}NATO talks, 1997 and 12345678901234567890; Communiqu\u{00C9}") { tokens, b in
            let printed = tokens.map { $0.text(in: b) }
            #expect(printed == ["Russia", "'s", "EU", "-", "NATO", "talks", ",", "1997", "and", "12345678901234567890", ";", "Communiqu\u{00C9}"])
            #expect(tokens[1].isWord(.possessive) && tokens[3].isWord(.dash))
            #expect(tokens[11].lower(in: b) == "communiqu\u{00E9}")
            #expect(tokens[11].lowerEquals("communiqu\u{00E9}", in: b) && !tokens[11].lowerEquals("communique", in: b))
            #expect(tokens[2].isAcronym && tokens[4].isAcronym && !tokens[0].isAcronym && !tokens[7].isAcronym)
            #expect(tokens[7].kind == .number && tokens[7].number == 1997 && tokens[7].length == 4 && tokens[7].startsWithDigit)
            #expect(tokens[9].kind == .number && tokens[9].number == -1, "too many digits for a value")
            let nineteen = Tokenizer.withTokens("9223372036854775807 9223372036854775808") { t, _ in t.map(\.number) }
            #expect(nineteen == [Int.max, -1], "the largest Int has a value, one more has none")
            #expect(tokens[0].isCapitalized && !tokens[5].isCapitalized && tokens[11].isCapitalized)
            #expect(tokens[0].lowerEquals("russia", in: b) && !tokens[0].lowerEquals("russian", in: b))
        }
    }

    @Test func everyFramingPhraseStartsWithAFrameNoun() {
        // The parser tries the framing phrases only where "the" + a frame noun, or a frame noun, begins the phrase.
        for light in Words.lightHeads {
            let noun = light[0] == "the" ? light[1] : light[0]
            #expect(Words.frameNouns.contains(noun), "\(light)")
        }
    }

    @Test func symbolsKeepTheirCaseAndTheirForm() {
        Tokenizer.withTokens("Phase \u{2161} and \u{00A7} 12") { tokens, b in
            #expect(tokens[1].kind == .punct && tokens[1].isCapitalized, "a capital symbol counts as a capital")
            #expect(tokens[1].lower(in: b) == "\u{2161}" && tokens[1].lowerEquals("\u{2161}", in: b), "punctuation is not folded")
            #expect(tokens[3].isA(.numberPrefix), "the section sign keeps its class")
        }
    }

    @Test func tokenKeysIgnoreCaseAndMatchTheWordsOfNames() {
        Tokenizer.withTokens("NATO nato Nato the Russian Federation") { tokens, b in
            #expect(tokens[0].key == tokens[1].key && tokens[1].key == tokens[2].key)
            #expect(tokens[0].key == Vocabulary.key("nato") && tokens[0].key != Vocabulary.key("natos"))
            let g = Gazetteer.builtIn
            let hit = g.longestName(in: tokens, b, at: 3)
            #expect(hit?.0 == 3 && hit?.1.entity.id == "RUS")
            #expect(g.longestName(in: tokens, b, at: 0)?.1.entity.id == "NATO")
            #expect(g.isName(tokens, b, 4...5) && !g.isName(tokens, b, 3...4))
            // "Russian" alone is the demonym: it names the state, marked so that "Russian forces" keeps its words.
            #expect(g.longestName(in: tokens, b, at: 4).map { $0.0 == 2 } == true)
            #expect(g.lookup("russian").map { $0.demonym && $0.entity.id == "RUS" } == true)
        }
    }

    @Test func classBitsAgreeWithTheWordLists() {
        let lists: [(WordSet, WordClass)] = [
            (Words.determiners, .determiner), (Words.be, .be), (Words.have, .have), (Words.modals, .modal), (Words.adverbs, .adverb),
            (Words.clauseOpeners, .clauseOpener), (Words.innerPreps, .innerPrep), (Words.hypothetical, .hypothetical),
            (Words.adjectives, .adjective), (Words.commonVerbs, .commonVerb), (Lexicon.forms, .trigger), (NameFinder.heads, .nameHead),
            (DateParser.leadWords, .dateLead), (DocumentRun.dateStarters, .dateStarter), (DateParser.unitWords, .unitWord),
            (DateParser.numberPrefixes, .numberPrefix), (WordSet(SentenceParser.anaphoricHeads.keys), .anaphoricHead),
            (SentenceParser.anaphorModifiers, .anaphorModifier), (Words.doForms, .doForm), (SentenceSplitter.abbreviations, .abbreviation), (Words.frameNouns, .frameNoun),
        ]
        for (list, c) in lists {
            for w in list {
                let (_, bits) = Vocabulary.shared.lookup(w)
                #expect(bits & c.rawValue != 0, "\(w)")
            }
            // And a word outside the list does not have the bit.
            Tokenizer.withTokens(Self.sample) { tokens, b in
                for t in tokens where !list.contains(t.lower(in: b)) {
                    #expect(!t.isA(c), "\(t.lower(in: b))")
                }
            }
        }
    }

    @Test func verbFormBitsAgreeWithTheRules() {
        var words = Set(Tokenizer.words(Self.sample))
        words.formUnion(VerbForms.allForms())
        words.formUnion(["entered", "committed", "cancelling", "studied", "lies", "tied", "red", "need", "ring", "sing", "bed"])
        for w in words {
            let t = Tokenizer.withTokens(w) { t, _ in t }
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

    @Test func escapeScanAgreesWithTheByteByByteTest() {
        var rng = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = [0x00, 0x09, 0x0A, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0x41, 0x7F, 0x80, 0xC3, 0xA9, 0xFF]
        for _ in 0..<4000 {
            let n = Int.random(in: 0...40, using: &rng)
            // Mostly plain letters, so that clean strings of every length are tried as well as dirty ones.
            let bytes = (0..<n).map { _ in Int.random(in: 0..<6, using: &rng) == 0 ? alphabet.randomElement(using: &rng)! : UInt8.random(in: 0x61...0x7A, using: &rng) }
            let expected = bytes.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }
            bytes.withUnsafeBufferPointer { #expect(JSONCursor.needsEscape($0) == expected, "\($0.map { $0 })") }
        }
    }

    @Test func jsonLinesMatchTheLineWriterAndEscape() {
        let e = ExtractedEvent(
            type: .suspend, subject: "NATO", object: "the \"Council\"\nof C:\\", by: nil, date: "2014-04", dateInherited: true, document: "doc.txt",
            start: 0, end: 1_234_567, quote: "NATO suspended \u{0001} cooperation", confidence: 0.85, subjectID: nil, objectID: nil, byID: nil)
        let lines = EventWriter.jsonLines([e, e])
        let one = EventWriter.jsonLine(e) + "\n"
        #expect(String(decoding: lines, as: UTF8.self) == one + one)
        #expect(one.contains(#""object":"the \"Council\"\nof C:\\""#))
        #expect(one.contains(#""start":0,"end":1234567"#) && one.contains(#""confidence":0.85}"#))
        let parsed = try? JSONSerialization.jsonObject(with: Data(one.utf8)) as? [String: Any]
        #expect(parsed?["quote"] as? String == "NATO suspended \u{0001} cooperation")
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
