import Testing
@testable import DyadCore

@Suite struct ResolveTests {
    let history: History
    init() throws { history = try History.builtIn() }

    @Test(arguments: [("nrc", "NRC"), ("NATO-Russia Council", "NRC"), ("the Alliance", "NATO"), ("russia", "RUS"), ("NATO–Russia Council", "NRC")])
    func resolvesIdsNamesAndAliases(name: String, id: String) throws {
        #expect(try history.resolve(name).id == id)
    }

    /// Names the history does not hold itself are found through the world table: capitals, demonyms, formal names.
    @Test(arguments: [("the Kremlin", "RUS"), ("Moscow", "RUS"), ("Russian", "RUS"), ("North Atlantic Treaty Organization", "NATO")])
    func resolvesThroughTheWorldTable(name: String, id: String) throws {
        #expect(try history.resolve(name).id == id)
    }

    @Test func aMissSuggestsNearNames() {
        do {
            _ = try history.resolve("NRX")
            Issue.record("expected a miss")
        } catch {
            #expect(error.code == .notFound)
            #expect(error.message.contains("did you mean"))
            #expect(!error.suggestions.isEmpty)
        }
    }
}
