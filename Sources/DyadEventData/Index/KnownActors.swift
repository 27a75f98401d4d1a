/// Names and codes that event datasets use for common actors, so `--dyad RUS:UKR` finds ICEWS's
/// "Russian Federation" and GDELT's RUS alike. A history's own actors add their aliases on top.
enum KnownActors {
    /// Each entry: the codes and names of one actor (ISO 3166 alpha-3, CAMEO code, ICEWS and common names).
    static let table: [[String]] = [
        ["NATO", "NAT", "IGOWSTNAT", "North Atlantic Treaty Organization", "North Atlantic Council",
            "NATO Military Committee", "NATO Parliamentary Assembly", "Supreme Headquarters Allied Powers Europe", "SHAPE"],
        ["EU", "EEC", "IGOEUREEC", "European Union", "European Commission", "European Council", "Council of the European Union"],
        ["UN", "UNO", "IGOUNO", "United Nations", "United Nations Security Council"],
        ["OSCE", "Organization for Security and Co-operation in Europe"],
        ["RUS", "Russian Federation", "Russia"],
        ["UKR", "Ukraine"],
        ["USA", "United States", "United States of America"],
        ["GBR", "United Kingdom"],
        ["FRA", "France"],
        ["DEU", "Germany"],
        ["CHN", "China"],
        ["GEO", "Georgia"],
        ["BLR", "Belarus"],
        ["POL", "Poland"],
        ["TUR", "Turkey"],
        ["KAZ", "Kazakhstan"],
        ["IND", "India"],
        ["PAK", "Pakistan"],
        ["IRN", "Iran"],
        ["IRQ", "Iraq"],
        ["SYR", "Syria"],
        ["ISR", "Israel"],
        ["PSE", "Occupied Palestinian Territory", "Palestine"],
        ["PRK", "North Korea"],
        ["KOR", "South Korea"],
        ["JPN", "Japan"],
        ["AFG", "Afghanistan"],
        ["SRB", "Serbia"],
        ["MDA", "Moldova"],
        ["ARM", "Armenia"],
        ["AZE", "Azerbaijan"],
        ["EST", "Estonia"],
        ["LVA", "Latvia"],
        ["LTU", "Lithuania"],
        ["FIN", "Finland"],
        ["SWE", "Sweden"],
        ["NOR", "Norway"],
        ["ITA", "Italy"],
        ["ESP", "Spain"],
        ["CAN", "Canada"],
    ]

    private static let index: [String: [String]] = {
        var index: [String: [String]] = [:]
        for entry in table { for name in entry { index[name.lowercased()] = entry } }
        return index
    }()

    /// The entry that holds `name` (any case), if any.
    static func names(for name: String) -> [String]? { index[name.lowercased()] }
}
