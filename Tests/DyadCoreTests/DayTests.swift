import Testing
@testable import DyadCore

@Suite struct DayTests {
    @Test(arguments: [(1970, 1, 1, 0), (2000, 3, 1, 11_017), (1969, 12, 31, -1), (-1, 12, 31, -719_529)])
    func ordinalsMatchKnownDays(year: Int, month: Int, day: Int, ordinal: Int) throws {
        let d = try #require(Day(year: year, month: month, day: day))
        #expect(d.ordinal == ordinal)
        #expect(d.civil.year == year && d.civil.month == month && d.civil.day == day)
    }

    @Test func rejectsImpossibleDays() {
        #expect(Day(year: 2023, month: 2, day: 29) == nil)
        #expect(Day(year: 2024, month: 2, day: 29) != nil)
        #expect(Day(year: 1900, month: 2, day: 29) == nil)
        #expect(Day(year: 2024, month: 13, day: 1) == nil)
    }

    @Test func printsISOWithSignedYears() {
        #expect(Day(year: 1997, month: 5, day: 27)!.description == "1997-05-27")
        #expect(Day(year: -999, month: 1, day: 1)!.description == "-0999-01-01")
    }
}
