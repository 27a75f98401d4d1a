/// Recognises verb forms in any inflection ("enter", "enters", "entered", "entering"), for telling a
/// coordinated verb phrase ("replaced the PCA and entered into force") from a coordinated object.
enum VerbForms {
    /// Verbs frequent in the genre that are not (or not only) event triggers, and are rarely nouns.
    static let lemmas: WordSet = Language.english.words("lemmas")
    static let irregular: WordSet = Language.english.words("irregular")

    /// The lemma a regular inflected form may come from, in order of likelihood.
    static func candidates(_ w: String) -> [String] {
        var out = [w]
        func strip(_ suffix: String, _ add: String = "") {
            guard w.hasSuffix(suffix), w.count > suffix.count + 1 else { return }
            let stem = String(w.dropLast(suffix.count))
            out.append(stem + add)
            // A doubled final consonant: "committed", "cancelling".
            if add.isEmpty, stem.count > 2, let l = stem.last, stem.dropLast().last == l, !"aeiou".contains(l) { out.append(String(stem.dropLast())) }
        }
        strip("ies", "y"); strip("ied", "y"); strip("es"); strip("s"); strip("ed"); strip("d"); strip("ing"); strip("ing", "e")
        return out
    }

    /// Every word `isVerb` accepts: the lemmas, the irregular forms, and each lemma run backwards through the
    /// suffix rules of `candidates` (with and without a doubled last consonant). Filtered by `isVerb`, it is the exact set.
    static func allForms() -> [String] {
        var out: Set<String> = Set(irregular)
        let rules: [(String, String)] = [("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("d", ""), ("ing", ""), ("ing", "e")]
        for l in lemmas {
            out.insert(l)
            for (suffix, add) in rules {
                if add.isEmpty {
                    out.insert(l + suffix)
                    if let last = l.last { out.insert(l + String(last) + suffix) }
                } else if l.hasSuffix(add) {
                    out.insert(String(l.dropLast(add.count)) + suffix)
                }
            }
        }
        return out.sorted().filter { isVerb($0) || isPast($0) }
    }

    /// True when `w` (lower case) is a finite or non-finite form of a known verb.
    static func isVerb(_ w: String) -> Bool {
        if irregular.contains(w) { return true }
        return candidates(w).contains { lemmas.contains($0) }
    }

    /// True when `w` is a past form (regular "-ed" of a known verb, or irregular): such a word after "and" starts a clause.
    static func isPast(_ w: String) -> Bool {
        if irregular.contains(w) { return true }
        guard w.hasSuffix("ed") || w.hasSuffix("d") else { return false }
        return candidates(w).dropFirst().contains { lemmas.contains($0) }
    }
}
