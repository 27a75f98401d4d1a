import Testing
@testable import DyadCLI

@Test func rootCommandIsNamedDyad() {
    #expect(DyadCommand.configuration.commandName == "dyad")
}
