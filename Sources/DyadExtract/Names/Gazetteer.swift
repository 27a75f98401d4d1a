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
    mutating func add(_ entity: Entity, names: [String], metonyms: [String] = []) {
        for n in names { insert(n, Alias(entity: entity, metonym: false)) }
        for n in metonyms { insert(n, Alias(entity: entity, metonym: true)) }
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


    /// The built-in list.
    static let builtIn: Gazetteer = {
        var g = Gazetteer()
        for (id, names, metonyms) in states {
            g.add(Entity(id: id, name: names[0], kind: .state), names: names, metonyms: metonyms)
        }
        for (id, names, metonyms) in organisations {
            g.add(Entity(id: id, name: names[0], kind: .organisation), names: names, metonyms: metonyms)
        }
        return g
    }()

    /// States: id, names (printed name first), and capitals used for their governments.
    static let states: [(String, [String], [String])] = [
        ("RUS", ["Russia", "Russian Federation", "the Russian Federation"], ["Moscow", "Kremlin", "the Kremlin"]),
        ("USA", ["United States", "United States of America", "the United States", "U.S.", "US", "USA"], ["Washington"]),
        ("UKR", ["Ukraine"], ["Kyiv", "Kiev"]), ("GEO", ["Georgia"], ["Tbilisi"]), ("BLR", ["Belarus"], ["Minsk"]),
        ("MDA", ["Moldova", "Republic of Moldova"], ["Chisinau"]), ("ARM", ["Armenia"], ["Yerevan"]), ("AZE", ["Azerbaijan"], ["Baku"]),
        ("KAZ", ["Kazakhstan"], ["Astana"]), ("UZB", ["Uzbekistan"], ["Tashkent"]), ("KGZ", ["Kyrgyzstan"], ["Bishkek"]),
        ("TJK", ["Tajikistan"], ["Dushanbe"]), ("TKM", ["Turkmenistan"], ["Ashgabat"]),
        ("TUR", ["Turkey", "Türkiye", "Republic of Turkey"], ["Ankara"]), ("IRQ", ["Iraq"], ["Baghdad"]), ("IRN", ["Iran"], ["Tehran"]),
        ("SYR", ["Syria"], ["Damascus"]), ("AFG", ["Afghanistan"], ["Kabul"]), ("KWT", ["Kuwait"], []), ("ISR", ["Israel"], []),
        ("LBY", ["Libya"], ["Tripoli"]), ("EGY", ["Egypt"], ["Cairo"]), ("SAU", ["Saudi Arabia"], ["Riyadh"]), ("JOR", ["Jordan"], ["Amman"]),
        ("LBN", ["Lebanon"], ["Beirut"]), ("YEM", ["Yemen"], []), ("PAK", ["Pakistan"], ["Islamabad"]), ("IND", ["India"], ["New Delhi"]),
        ("CHN", ["China", "People's Republic of China"], ["Beijing"]), ("JPN", ["Japan"], ["Tokyo"]), ("PRK", ["North Korea"], ["Pyongyang"]),
        ("KOR", ["South Korea", "Republic of Korea"], ["Seoul"]), ("GBR", ["United Kingdom", "the United Kingdom", "UK", "Britain", "Great Britain"], ["London"]),
        ("FRA", ["France"], ["Paris"]), ("DEU", ["Germany"], ["Berlin"]), ("ITA", ["Italy"], ["Rome"]), ("ESP", ["Spain"], ["Madrid"]),
        ("POL", ["Poland"], ["Warsaw"]), ("CZE", ["Czech Republic", "Czechia"], ["Prague"]), ("SVK", ["Slovakia"], []), ("HUN", ["Hungary"], ["Budapest"]),
        ("ROU", ["Romania"], ["Bucharest"]), ("BGR", ["Bulgaria"], ["Sofia"]), ("GRC", ["Greece"], ["Athens"]), ("CYP", ["Cyprus"], ["Nicosia"]),
        ("SRB", ["Serbia"], ["Belgrade"]), ("HRV", ["Croatia"], ["Zagreb"]), ("BIH", ["Bosnia and Herzegovina", "Bosnia"], ["Sarajevo"]),
        ("MNE", ["Montenegro"], []), ("MKD", ["North Macedonia"], ["Skopje"]), ("ALB", ["Albania"], ["Tirana"]), ("SVN", ["Slovenia"], []),
        ("XKX", ["Kosovo"], ["Pristina"]), ("EST", ["Estonia"], ["Tallinn"]), ("LVA", ["Latvia"], ["Riga"]), ("LTU", ["Lithuania"], ["Vilnius"]),
        ("FIN", ["Finland"], ["Helsinki"]), ("SWE", ["Sweden"], ["Stockholm"]), ("NOR", ["Norway"], ["Oslo"]), ("DNK", ["Denmark"], ["Copenhagen"]),
        ("ISL", ["Iceland"], []), ("NLD", ["Netherlands", "the Netherlands"], ["The Hague"]), ("BEL", ["Belgium"], []), ("LUX", ["Luxembourg"], []),
        ("PRT", ["Portugal"], ["Lisbon"]), ("IRL", ["Ireland"], ["Dublin"]), ("AUT", ["Austria"], ["Vienna"]), ("CHE", ["Switzerland"], ["Bern"]),
        ("MLT", ["Malta"], []), ("CAN", ["Canada"], ["Ottawa"]), ("MEX", ["Mexico"], []), ("BRA", ["Brazil"], ["Brasilia"]), ("ARG", ["Argentina"], []),
        ("AUS", ["Australia"], ["Canberra"]), ("NZL", ["New Zealand"], []), ("ZAF", ["South Africa"], ["Pretoria"]), ("NGA", ["Nigeria"], []),
        ("ETH", ["Ethiopia"], []), ("SDN", ["Sudan"], ["Khartoum"]), ("SOM", ["Somalia"], []), ("MLI", ["Mali"], ["Bamako"]), ("VEN", ["Venezuela"], ["Caracas"]),
        ("CUB", ["Cuba"], ["Havana"]), ("VNM", ["Vietnam"], ["Hanoi"]), ("IDN", ["Indonesia"], ["Jakarta"]), ("MNG", ["Mongolia"], []),
        ("SUN", ["Soviet Union", "the Soviet Union", "USSR"], []), ("YUG", ["Yugoslavia", "Federal Republic of Yugoslavia"], []),
        ("CRIMEA", ["Crimea"], []), ("ABK", ["Abkhazia"], []), ("SOS", ["South Ossetia"], []), ("TRANSN", ["Transnistria"], []),
        ("PSE", ["Palestine"], []), ("QAT", ["Qatar"], []), ("ARE", ["United Arab Emirates"], []),
    ]

    /// International organisations: id, names (printed name first), figurative names.
    static let organisations: [(String, [String], [String])] = [
        ("NATO", ["NATO", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation", "the Alliance"], ["Allies", "the Allies", "NATO Allies", "Allied leaders", "Allied Foreign Ministers", "Alliance"]),
        ("EU", ["European Union", "the European Union", "EU"], ["the Union"]),
        ("UN", ["United Nations", "the United Nations", "UN", "U.N."], []),
        ("UNSC", ["UN Security Council", "United Nations Security Council", "Security Council", "the Security Council"], []),
        ("UNGA", ["UN General Assembly", "United Nations General Assembly", "General Assembly"], []),
        ("OSCE", ["OSCE", "Organization for Security and Co-operation in Europe", "Organization for Security and Cooperation in Europe"], []),
        ("CSCE", ["CSCE", "Conference on Security and Co-operation in Europe", "Conference on Security and Cooperation in Europe"], []),
        ("COE", ["Council of Europe"], []), ("EC", ["European Community", "European Communities"], []),
        ("EEC", ["European Economic Community", "EEC"], []), ("ECOM", ["European Commission", "the Commission"], []),
        ("EUCO", ["European Council"], []), ("EP", ["European Parliament"], []), ("CEU", ["Council of the European Union", "Council of the EU"], []),
        ("WTO", ["World Trade Organization", "WTO"], []), ("IMF", ["International Monetary Fund", "IMF"], []), ("WB", ["World Bank"], []),
        ("CIS", ["Commonwealth of Independent States", "CIS"], []), ("CSTO", ["Collective Security Treaty Organization", "CSTO"], []),
        ("SCO", ["Shanghai Cooperation Organisation", "Shanghai Cooperation Organization", "SCO"], []),
        ("AU", ["African Union", "AU"], []), ("ASEAN", ["ASEAN", "Association of Southeast Asian Nations"], []),
        ("LAS", ["Arab League", "League of Arab States"], []), ("OAS", ["Organization of American States", "OAS"], []),
        ("OECD", ["OECD", "Organisation for Economic Co-operation and Development"], []), ("IAEA", ["IAEA", "International Atomic Energy Agency"], []),
        ("GCC", ["Gulf Cooperation Council", "GCC"], []), ("G7", ["G7", "Group of Seven"], []), ("G8", ["G8", "Group of Eight"], []), ("G20", ["G20"], []),
        ("WARSAW", ["Warsaw Pact"], []), ("EAEU", ["Eurasian Economic Union", "EAEU"], []), ("BRICS", ["BRICS"], []),
        ("WHO", ["World Health Organization"], []), ("ICC", ["International Criminal Court"], []), ("ICJ", ["International Court of Justice"], []),
    ]
}
