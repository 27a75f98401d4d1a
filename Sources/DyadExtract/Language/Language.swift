import DyadCore
import Foundation

/// The language data the extractor reads: event triggers with their frames, nouns of events, and the word sets the rules
/// ask about, from one embedded file (`Resources/english.json`).
///
/// Rules name a word set and never spell words themselves, so adding a trigger, a word of a class or (later) a language is
/// an edit of the data file plus a test. The file is decoded once, on first use; `LanguageTests` loads it and every set the
/// code asks for, so a broken file fails the tests, never a user's run.
struct LanguageData: Decodable, Sendable {
    /// A verb that can signal an event.
    struct Verb: Decodable, Sendable {
        var lemma: String
        var type: EventType
        var frame: Frame
        /// Words that must follow the verb (`down` in `close down`).
        var particle: [String]
        /// Past and participle forms the regular rules do not make (`froze`, `frozen`).
        var irregular: [String]
    }

    /// A noun that names an event.
    struct Noun: Decodable, Sendable {
        var noun: String
        var type: EventType
        /// Prepositions that introduce the object (`suspension of`, `withdrawal from`).
        var preps: [String]
    }

    /// The language's code (`en`).
    var language: String
    var verbs: [Verb]
    var nouns: [Noun]
    /// Named word sets (`determiners`, `institutionHeads`, ...).
    var wordSets: [String: [String]]

    /// The word set called `name`; asking for a set the file lacks is a programming error, caught by the tests.
    func words(_ name: String) -> WordSet {
        guard let list = wordSets[name] else { preconditionFailure("english.json has no word set '\(name)'") }
        return WordSet(list)
    }

    /// Reads language data from JSON, with the place of the first problem in the message.
    static func decode(_ bytes: [UInt8], name: String) throws(ExtractError) -> LanguageData {
        do {
            return try JSONDecoder().decode(LanguageData.self, from: Data(bytes))
        } catch {
            throw ExtractError(code: 65, "\(name): not valid language data (\(error))")
        }
    }
}

/// The languages the extractor knows.
enum Language {
    /// English, the language of every built-in rule.
    static let english: LanguageData = {
        do throws(ExtractError) { return try LanguageData.decode(PackageResources.english_json, name: "english.json") } catch {
            // Only a broken build gets here: the file ships inside the binary and the tests decode it.
            fatalError(error.message)
        }
    }()
}
