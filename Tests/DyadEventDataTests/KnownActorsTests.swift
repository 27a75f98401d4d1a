import DyadCore
import Testing

@testable import DyadEventData

@Suite("Known actors from the world table")
struct KnownActorsTests {
    /// The hand-written table that the world table replaced; every string it matched must still match.
    static let before: [[String]] = [
        ["NATO", "NAT", "IGOWSTNAT", "North Atlantic Treaty Organization", "North Atlantic Council",
            "NATO Military Committee", "NATO Parliamentary Assembly", "Supreme Headquarters Allied Powers Europe", "SHAPE"],
        ["EU", "EEC", "IGOEUREEC", "European Union", "European Commission", "European Council", "Council of the European Union"],
        ["UN", "UNO", "IGOUNO", "United Nations", "United Nations Security Council"],
        ["OSCE", "Organization for Security and Co-operation in Europe"],
        ["RUS", "Russian Federation", "Russia"], ["UKR", "Ukraine"], ["USA", "United States", "United States of America"],
        ["GBR", "United Kingdom"], ["FRA", "France"], ["DEU", "Germany"], ["CHN", "China"], ["GEO", "Georgia"],
        ["BLR", "Belarus"], ["POL", "Poland"], ["TUR", "Turkey"], ["KAZ", "Kazakhstan"], ["IND", "India"],
        ["PAK", "Pakistan"], ["IRN", "Iran"], ["IRQ", "Iraq"], ["SYR", "Syria"], ["ISR", "Israel"],
        ["PSE", "Occupied Palestinian Territory", "Palestine"], ["PRK", "North Korea"], ["KOR", "South Korea"],
        ["JPN", "Japan"], ["AFG", "Afghanistan"], ["SRB", "Serbia"], ["MDA", "Moldova"], ["ARM", "Armenia"],
        ["AZE", "Azerbaijan"], ["EST", "Estonia"], ["LVA", "Latvia"], ["LTU", "Lithuania"], ["FIN", "Finland"],
        ["SWE", "Sweden"], ["NOR", "Norway"], ["ITA", "Italy"], ["ESP", "Spain"], ["CAN", "Canada"],
    ]

    @Test("every name of the old table still resolves, to at least the strings it gave", arguments: before)
    func keepsTheOldTable(entry: [String]) throws {
        for name in entry {
            let keys = try #require(KnownActors.names(for: name), "\(name)")
            #expect(Set(entry).isSubset(of: keys), "\(name): missing \(Set(entry).subtracting(keys).sorted())")
        }
    }

    @Test("former organisations resolve to their successor, former states to themselves, bodies to their organisation")
    func lineage() throws {
        #expect(try #require(KnownActors.names(for: "CSCE")).contains("SCE"))
        #expect(try #require(KnownActors.names(for: "OSCE")).contains("CSCE"))
        let soviet = try #require(KnownActors.names(for: "USSR"))
        #expect(soviet.contains("SUN") && soviet.contains("USR") && !soviet.contains("RUS"))
        #expect(!(try #require(KnownActors.names(for: "RUS"))).contains("SUN"))
        #expect(try #require(KnownActors.names(for: "UNSC")).contains("IGOUNO"))
        #expect(try #require(KnownActors.names(for: "Kremlin")).contains("Russian Federation"))
        #expect(KnownActors.names(for: "Narnia") == nil)
    }

    @Test("a dyad by world-table names finds the same Russia–Ukraine rows as by codes")
    func dyadByWorldNames() throws {
        let byCode = try DyadSpec.parse("RUS:UKR", history: nil)
        let byName = try DyadSpec.parse("the Kremlin:Kyiv", history: nil)
        #expect(Set(byCode.a.keys).isSubset(of: byName.a.keys))
        #expect(Set(byCode.b.keys).isSubset(of: byName.b.keys))
    }
}
