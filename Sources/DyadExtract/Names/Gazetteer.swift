/// The names the extractor recognises without being told: states and the main international organisations.
///
/// Keys are lower-case token sequences joined by single spaces; matching is on capitalised text only,
/// so "allies" in running prose is not taken for NATO.
struct Gazetteer: Sendable {
    private(set) var aliases: [String: Alias] = [:]
    /// The longest alias in tokens, to bound the look-up.
    private(set) var maxTokens = 1
    /// The longest alias starting with each first word, so that most words are ruled out with one look-up.
    private(set) var firstWords: [String: Int] = [:]
    /// The look-up key of each name added so far: a document that repeats a definition would otherwise tokenise it every time.
    private var keys: [String: (key: String, first: String, count: Int)] = [:]

    /// Registers `names` for `entity`; the first name is its printed name.
    mutating func add(_ entity: Entity, names: [String], metonyms: [String] = []) {
        for n in names { insert(n, Alias(entity: entity, metonym: false)) }
        for n in metonyms { insert(n, Alias(entity: entity, metonym: true)) }
    }

    private mutating func insert(_ name: String, _ alias: Alias) {
        let k: (key: String, first: String, count: Int)
        if let known = keys[name] {
            k = known
        } else {
            let toks = Tokenizer.tokenize(name).map(\.lower)
            guard !toks.isEmpty else { return }
            k = (toks.joined(separator: " "), toks[0], toks.count)
            keys[name] = k
        }
        if aliases[k.key] == nil || aliases[k.key]!.metonym && !alias.metonym { aliases[k.key] = alias }
        maxTokens = max(maxTokens, k.count)
        firstWords[k.first] = max(firstWords[k.first] ?? 0, k.count)
    }

    /// The entity named by exactly these lower-case tokens, if any.
    func lookup(_ key: String) -> Alias? { aliases.isEmpty ? nil : aliases[key] }

    /// The longest alias in tokens that starts with `word`, or 0.
    func longest(startingWith word: String) -> Int { firstWords.isEmpty ? 0 : firstWords[word] ?? 0 }

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
