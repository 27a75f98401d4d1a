import DyadCore

/// The names the extractor recognises without being told: states and the main international organisations.
///
/// Keys are lower-case token sequences joined by single spaces; matching is on capitalised text only,
/// so "allies" in running prose is not taken for NATO.
struct Gazetteer: Sendable {
    private(set) var aliases: [String: Alias] = [:]
    /// The look-up key and words of each name added so far: a document that repeats a definition would otherwise tokenise it every time.
    private var keys: [String: (key: String, words: [String])] = [:]
    /// The names as a trie over their lower-case words; node 0 is the root.
    ///
    /// Matching walks the sentence's words down the trie and stops where no name goes on, instead of
    /// joining the words into a key and hashing it afresh for every length tried. Edges are labelled with
    /// the words' 64-bit keys (`Token.key`), so a token needs no string to take a step; where a name ends,
    /// its words are compared in full, so a collision of keys can never make a false match.
    private var trie: [TrieNode] = [TrieNode()]
    /// The trie's edges in one open-addressing table keyed by (node, word key); a step is a multiply and a probe or two,
    /// where a dictionary per node hashed the key again with a seeded hasher at every capitalised word.
    private var edges = [Edge](repeating: Edge(), count: 16)
    private var edgeCount = 0

    /// One node of the trie: the name that ends here, if any.
    struct TrieNode: Sendable {
        var alias: Alias?
        /// The lower-case words of the name ending here.
        var words: [String] = []
    }

    /// An edge of the trie: from node `from` along the word with key `word` to node `to` (-1: an empty slot).
    struct Edge: Sendable {
        var word: UInt64 = 0
        var from: Int32 = -1
        var to: Int32 = -1
    }

    @inline(__always) private static func slot(_ from: Int, _ word: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: ((word ^ (UInt64(from) &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9) >> 32) & mask
    }

    /// The node reached from `from` along the word with key `word`.
    @inline(__always) private func child(_ from: Int, _ word: UInt64) -> Int? {
        edges.withUnsafeBufferPointer { e in
            let mask = e.count - 1
            var k = Self.slot(from, word, mask)
            while e[k].to >= 0 {
                if e[k].word == word && Int(e[k].from) == from { return Int(e[k].to) }
                k = (k + 1) & mask
            }
            return nil
        }
    }

    private mutating func addEdge(_ from: Int, _ word: UInt64, _ to: Int) {
        if (edgeCount + 1) * 2 > edges.count {
            let old = edges
            edges = [Edge](repeating: Edge(), count: old.count * 2)
            for e in old where e.to >= 0 { place(e) }
        }
        place(Edge(word: word, from: Int32(from), to: Int32(to)))
        edgeCount += 1
    }

    private mutating func place(_ edge: Edge) {
        let mask = edges.count - 1
        var k = Self.slot(Int(edge.from), edge.word, mask)
        while edges[k].to >= 0 { k = (k + 1) & mask }
        edges[k] = edge
    }

    /// Registers `names` for `entity`; the first name is its printed name.
    mutating func add(_ entity: Entity, names: [String], metonyms: [String] = [], demonyms: [String] = []) {
        for n in names { insert(n, Alias(entity: entity, metonym: false)) }
        for n in metonyms { insert(n, Alias(entity: entity, metonym: true)) }
        for n in demonyms { insert(n, Alias(entity: entity, metonym: true, demonym: true)) }
    }

    private mutating func insert(_ name: String, _ alias: Alias) {
        let k: (key: String, words: [String])
        if let known = keys[name] {
            k = known
        } else {
            let toks = Tokenizer.words(name)
            guard !toks.isEmpty else { return }
            k = (toks.joined(separator: " "), toks)
            keys[name] = k
        }
        // A proper name wins over a figurative one for the same words; a name already held as well is left as it is
        // (documents repeat their definitions, and walking the trie again for each showed in profiles).
        if let held = aliases[k.key], !held.metonym || alias.metonym { return }
        aliases[k.key] = alias
        var n = 0
        for w in k.words {
            let word = Vocabulary.key(w)
            if let c = child(n, word) {
                n = c
            } else {
                trie.append(TrieNode())
                addEdge(n, word, trie.count - 1)
                n = trie.count - 1
            }
        }
        trie[n].alias = aliases[k.key]
        trie[n].words = k.words
    }

    /// True when the name ending at trie node `n` is spelled by `tokens[i..<i + words.count]`.
    private func spells(_ n: Int, _ tokens: [Token], _ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let words = trie[n].words
        for (d, w) in words.enumerated() where !tokens[i + d].lowerEquals(w, in: b) { return false }
        return true
    }

    /// The longest name that starts at token `i`: its length in tokens and its alias.
    func longestName(in tokens: [Token], _ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (Int, Alias)? {
        guard edgeCount > 0 else { return nil }
        var n = 0
        var k = i
        var best: (Int, Alias)?
        while k < tokens.count, let c = child(n, tokens[k].key) {
            n = c
            k += 1
            if let a = trie[n].alias, spells(n, tokens, b, i) { best = (k - i, a) }
        }
        return best
    }

    /// True when the words of `tokens[range]` are exactly a name.
    func isName(_ tokens: [Token], _ b: UnsafeBufferPointer<UInt8>, _ range: ClosedRange<Int>) -> Bool {
        guard edgeCount > 0 else { return false }
        var n = 0
        for k in range {
            guard let c = child(n, tokens[k].key) else { return false }
            n = c
        }
        return trie[n].alias != nil && spells(n, tokens, b, range.lowerBound)
    }

    /// True when `name`, as written, has been added before.
    func holds(_ name: String) -> Bool { keys[name] != nil }

    /// The entity named by exactly these lower-case tokens, if any.
    func lookup(_ key: String) -> Alias? { aliases.isEmpty ? nil : aliases[key] }


    /// The built-in names: the world table's states, territories, organisations and their bodies (`DyadCore.World`).
    ///
    /// Capitals and seats stand for their governments and demonyms for their states (both printed as the canonical
    /// name); names the table marks as ambiguous ("Brussels", "Korean") are left out, since they name no one actor.
    static let builtIn: Gazetteer = {
        var g = Gazetteer()
        let world = World.shared
        let ambiguous = Set(world.ambiguous.keys.map { $0.lowercased() })
        func keep(_ names: [String]) -> [String] { names.filter { $0.count >= 2 && !ambiguous.contains($0.lowercased()) } }
        for e in world.entries {
            let kind: EntityKind
            switch e.kind {
            case .organisation, .body: kind = .organisation
            case .former: kind = e.parent != nil || e.successor.flatMap({ world.entry(code: $0) }).map({ $0.kind == .organisation || $0.kind == .body || $0.kind == .former && $0.parent != nil }) == true ? .organisation : .state
            default: kind = .state
            }
            let entity = Entity(id: e.code, name: e.name, kind: kind)
            let names = keep([e.name] + e.formal + e.aliases + e.former)
            // Prose puts "the" before long names ("the Russian Federation", "the United Nations"); the determiner belongs to the name.
            let withThe = names.filter { $0.contains(" ") && !$0.lowercased().hasPrefix("the ") }.map { "the " + $0 }
            g.add(entity, names: names + withThe, metonyms: keep(e.capitals + e.figurative), demonyms: keep(e.demonyms))
        }
        return g
    }()
}
