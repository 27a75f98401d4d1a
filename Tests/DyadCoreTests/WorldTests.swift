import Foundation
import Testing

@testable import DyadCore

/// The embedded world table: that it loads, that it holds what it claims, and that its names lead one way.
///
/// `World.shared` stops the process if the data file does not decode, so these tests are what keeps a broken file
/// from shipping: the first one loads it through the throwing initialiser, where a failure is a test failure.
@Suite("The world table")
struct WorldTests {
    let world = World.shared

    @Test("the embedded world.json decodes through the throwing initialiser")
    func loads() throws {
        let world = try World(json: PackageResources.world_json)
        #expect(world.entries.count > 280)
        #expect(!world.sources.isEmpty)
        #expect(world.sources.allSatisfy { !$0.title.isEmpty && !$0.publisher.isEmpty && $0.url.hasPrefix("http") })
    }

    @Test("every key in world.json is one the decoder reads, so a misspelt field cannot vanish silently")
    func keysAreKnown() throws {
        let root = try #require(JSONSerialization.jsonObject(with: Data(PackageResources.world_json)) as? [String: Any])
        #expect(Set(root.keys) == ["format", "note", "sources", "ambiguous", "entries"])
        let entryKeys = Set(WorldEntry.CodingKeys.allCases.map(\.rawValue)).union(["bodies"])
        func check(_ entries: [[String: Any]]) {
            for entry in entries {
                let unknown = Set(entry.keys).subtracting(entryKeys)
                #expect(unknown.isEmpty, "\(entry["code"] ?? "?"): \(unknown.sorted())")
                check(entry["bodies"] as? [[String: Any]] ?? [])
            }
        }
        check(try #require(root["entries"] as? [[String: Any]]))
    }

    @Test("193 UN members, 2 observers, the partly recognised states, territories, former states and organisations")
    func counts() {
        let byKind = Dictionary(grouping: world.entries, by: \.kind).mapValues(\.count)
        #expect(world.entries.filter(\.isUNMember).count == 193)
        #expect(byKind[.state] == 195)
        #expect(byKind[.observer] == 2)
        #expect(byKind[.territory, default: 0] >= 13)
        #expect(byKind[.former, default: 0] >= 15)
        #expect(byKind[.organisation, default: 0] >= 40)
        #expect(byKind[.body, default: 0] >= 25)
        #expect(Set(world.entries.filter(\.limitedRecognition).map(\.code)) == ["XKX", "TWN", "PSE"])
        for code in ["USA", "RUS", "CHN", "GBR", "FRA", "IND", "BRA", "ZAF", "SSD", "TUV", "VAT", "PSE"] {
            #expect(world.entry(code: code) != nil, "\(code)")
        }
    }

    @Test("codes are unique, at least three characters, and upper case")
    func codes() {
        let codes = world.entries.map(\.code)
        #expect(Set(codes).count == codes.count)
        for code in codes {
            #expect(code.count >= 3 && code == code.uppercased(), "\(code)")
        }
        let eventCodes = world.entries.flatMap(\.eventCodes)
        #expect(Set(eventCodes).count == eventCodes.count)
    }

    @Test("every state and observer has a name, a capital and a demonym")
    func statesAreComplete() {
        for entry in world.entries where entry.kind == .state || entry.kind == .observer {
            #expect(!entry.capitals.isEmpty, "\(entry.code) has no capital")
            #expect(!entry.demonyms.isEmpty || entry.code == "VAT", "\(entry.code) has no demonym")
        }
    }

    @Test(
        "names, formal names, aliases, former names, demonyms and capitals lead to their entry",
        arguments: [
            ("Kremlin", "RUS"), ("the Kremlin", "RUS"), ("Moscow", "RUS"), ("Russian Federation", "RUS"), ("Russia", "RUS"),
            ("Indian", "IND"), ("New Delhi", "IND"), ("Burma", "MMR"), ("FYROM", "MKD"), ("Macedonia", "MKD"),
            ("the former Yugoslav Republic of Macedonia", "MKD"), ("Zaire", "COD"), ("DRC", "COD"), ("DR Congo", "COD"),
            ("Democratic Republic of the Congo", "COD"), ("Congo", "COG"), ("USSR", "SUN"), ("Soviet", "SUN"),
            ("Soviet Union", "SUN"), ("US", "USA"), ("U.S.", "USA"), ("America", "USA"), ("the White House", "USA"),
            ("United States of America", "USA"), ("American", "USA"), ("UK", "GBR"), ("Britain", "GBR"),
            ("Downing Street", "GBR"), ("British", "GBR"), ("the Netherlands", "NLD"), ("Dutch", "NLD"),
            ("PRC", "CHN"), ("Chinese", "CHN"), ("Beijing", "CHN"), ("ROK", "KOR"), ("South Korea", "KOR"),
            ("DPRK", "PRK"), ("Pyongyang", "PRK"), ("UAE", "ARE"), ("Emirati", "ARE"), ("KSA", "SAU"), ("Saudi", "SAU"),
            ("Israeli", "ISR"), ("Jerusalem", "ISR"), ("Ramallah", "PSE"), ("Turkish", "TUR"), ("Türkiye", "TUR"),
            ("Turkiye", "TUR"), ("Turkey", "TUR"), ("Ivory Coast", "CIV"), ("Cote d'Ivoire", "CIV"),
            ("Côte d’Ivoire", "CIV"), ("Czech Republic", "CZE"), ("Czechia", "CZE"), ("Persia", "IRN"),
            ("Iranian", "IRN"), ("Tehran", "IRN"), ("Siam", "THA"), ("Ceylon", "LKA"), ("Swaziland", "SWZ"),
            ("Quai d'Orsay", "FRA"), ("Elysee", "FRA"), ("the Élysée", "FRA"), ("Kyiv", "UKR"), ("Kiev", "UKR"),
            ("Bogota", "COL"), ("Bogotá", "COL"), ("Pristina", "XKX"), ("Taipei", "TWN"), ("Taiwan", "TWN"),
            ("Western Sahara", "ESH"), ("SADR", "ESH"), ("Holy See", "VAT"), ("the Vatican", "VAT"),
            ("Crimea", "CRIMEA"), ("Abkhazia", "ABK"), ("Transnistria", "PMR"), ("Hong Kong", "HKG"), ("Macao", "MAC"),
            ("East Germany", "DDR"), ("GDR", "DDR"), ("Yugoslavia", "YUG"), ("Czechoslovakia", "CSK"),
            ("Occupied Palestinian Territory", "PSE"), ("Moldova, Republic of", "MDA"), ("Chisinau", "MDA"),
            ("UN", "UNO"), ("United Nations", "UNO"), ("Security Council", "UNSC"), ("UNSC", "UNSC"),
            ("General Assembly", "UNGA"), ("ICJ", "ICJ"), ("EEC", "EEC"), ("EU", "EUU"), ("European Commission", "EUCOMM"),
            ("NATO", "NATO"), ("Nato", "NATO"), ("North Atlantic Treaty Organization", "NATO"), ("NATO–Russia Council", "NRC"),
            ("NATO-Russia Council", "NRC"), ("Partnership for Peace", "PFP"), ("CSCE", "CSCE"), ("OSCE", "OSCE"),
            ("ODIHR", "ODIHR"), ("PACE", "PACE"), ("OAU", "OAU"), ("AU", "AFU"), ("Arab League", "LAS"),
            ("League of Arab States", "LAS"), ("GATT", "GATT"), ("G8", "G08"), ("G-7", "G07"), ("Warsaw Pact", "WPO"),
            ("Comecon", "CMEA"), ("Interpol", "ICPO"),
        ] as [(String, String)])
    func namesLead(name: String, code: String) {
        #expect(world.entry(named: name)?.code == code, "\(name)")
    }

    @Test("names written in upper case (US, WHO, CAR) do not match the lower-case words", arguments: ["us", "who", "car", "and"])
    func lowerCaseWordsAreNotActors(word: String) {
        #expect(world.entry(named: word) == nil)
    }

    @Test("case does not matter for names that are not acronyms")
    func caseInsensitive() {
        #expect(world.entry(named: "RUSSIA")?.code == "RUS")
        #expect(world.entry(named: "THE KREMLIN")?.code == "RUS")
        #expect(world.entry(named: "united kingdom")?.code == "GBR")
        #expect(world.entry(named: "  Washington ")?.code == "USA")
    }

    @Test("successors: the EEC's chain reaches the EU, the CSCE's the OSCE, the OAU's the AU; the EU's predecessors are found")
    func successors() throws {
        let eec = try #require(world.entry(code: "EEC"))
        #expect(world.successorChain(of: eec).map(\.code) == ["EURC", "EUU"])
        #expect(world.successorChain(of: try #require(world.entry(code: "CSCE"))).last?.code == "OSCE")
        #expect(world.successorChain(of: try #require(world.entry(code: "OAU"))).last?.code == "AFU")
        #expect(world.successorChain(of: try #require(world.entry(code: "SUN"))).map(\.code) == ["RUS"])
        #expect(world.predecessors(of: try #require(world.entry(code: "EUU"))).map(\.code) == ["EURC", "EEC"])
        for entry in world.entries where entry.kind == .former {
            #expect(world.successorChain(of: entry).count < 10)
        }
    }

    @Test("bodies know their organisation: the UNSC's parent is the UN, NATO has the NAC and the NRC")
    func bodies() throws {
        #expect(world.entry(code: "UNSC")?.parent == "UNO")
        #expect(world.entry(code: "UNSC")?.kind == .body)
        let nato = try #require(world.entry(code: "NATO"))
        let codes = world.bodies(of: nato).map(\.code)
        for code in ["NAC", "NRC", "NUC", "EAPC", "PFP", "NACC", "PJC"] { #expect(codes.contains(code), "\(code)") }
        #expect(world.entry(code: "PJC")?.successor == "NRC")
        for entry in world.entries where entry.kind == .body {
            #expect(entry.parent != nil, "\(entry.code) has no organisation")
        }
        let eu = try #require(world.entry(code: "EUU"))
        #expect(Set(world.bodies(of: eu).map(\.code)) == ["EUCO", "CONSILIUM", "EUCOMM", "EUPARL", "EEAS"])
    }

    @Test("dataset codes: CAMEO's EEC is the EU, IGOWSTNAT and NAT are NATO, IGOUNO is the UN")
    func eventCodes() {
        #expect(world.entry(eventCode: "EEC")?.code == "EUU")
        #expect(world.entry(eventCode: "IGOEUREEC")?.code == "EUU")
        #expect(world.entry(eventCode: "IGOWSTNAT")?.code == "NATO")
        #expect(world.entry(eventCode: "NAT")?.code == "NATO")
        #expect(world.entry(eventCode: "IGOUNO")?.code == "UNO")
        #expect(world.entry(eventCode: "RUS")?.code == "RUS")
        #expect(world.entry(named: "IGOWSTNAT") == nil)
    }

    @Test("no name leads to two entries unless it is listed as ambiguous, and every listed one does")
    func namesAreUnambiguous() {
        let listed = Dictionary(world.ambiguous.map { (World.fold($0.key), $0.value) }, uniquingKeysWith: +)
        for entry in world.entries {
            for name in world.allNames(of: entry) {
                let found = world.entries(named: name).map(\.code)
                if let codes = listed[World.fold(name)] {
                    #expect(Set(found) == Set(codes), "\(name)")
                } else {
                    #expect(found == [entry.code], "\(name) of \(entry.code) leads to \(found)")
                }
            }
        }
        for (name, codes) in world.ambiguous {
            #expect(codes.count >= 2, "\(name)")
            #expect(world.entry(named: name) == nil, "\(name)")
            #expect(Set(world.entries(named: name).map(\.code)) == Set(codes), "\(name)")
        }
    }

    @Test("an entry encodes and decodes to itself")
    func roundTrip() throws {
        let entry = try #require(world.entry(code: "UNSC"))
        let data = try JSONEncoder().encode(entry)
        #expect(try JSONDecoder().decode(WorldEntry.self, from: data) == entry)
    }

    @Test("a broken table is an error, not a crash")
    func brokenTable() {
        #expect(throws: DyadError.self) { try World(json: Array("{\"entries\": 3}".utf8)) }
        let dangling = #"{"sources": [], "ambiguous": [], "entries": [{"code": "AAA", "kind": "former", "name": "A", "successor": "BBB"}]}"#
        #expect(throws: DyadError.self) { try World(json: Array(dangling.utf8)) }
    }
}
