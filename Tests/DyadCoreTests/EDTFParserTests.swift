import Testing
@testable import DyadCore

/// Dyad's own conventions and guarantees for EDTF, beyond what the public corpora check.
@Suite struct EDTFParserTests {
    private func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d)! }

    @Test(arguments: [
        ("2001-21", 2001, 3, 2001, 5), ("2001-22", 2001, 6, 2001, 8), ("2001-23", 2001, 9, 2001, 11),
        ("2001-24", 2001, 12, 2002, 2), ("2001-25", 2001, 3, 2001, 5), ("2001-26", 2001, 6, 2001, 8),
        ("2001-27", 2001, 9, 2001, 11), ("2001-28", 2001, 12, 2002, 2), ("2001-29", 2001, 9, 2001, 11),
        ("2001-30", 2001, 12, 2002, 2), ("2001-31", 2001, 3, 2001, 5), ("2001-32", 2001, 6, 2001, 8),
        ("2001-33", 2001, 1, 2001, 3), ("2001-34", 2001, 4, 2001, 6), ("2001-35", 2001, 7, 2001, 9),
        ("2001-36", 2001, 10, 2001, 12), ("2001-37", 2001, 1, 2001, 4), ("2001-38", 2001, 5, 2001, 8),
        ("2001-39", 2001, 9, 2001, 12), ("2001-40", 2001, 1, 2001, 6), ("2001-41", 2001, 7, 2001, 12),
    ])
    func seasonsAndGroupingsCoverWholeMonths(text: String, y1: Int, m1: Int, y2: Int, m2: Int) throws {
        let date = try EDTFDate(text)
        #expect(date.earliest == day(y1, m1, 1))
        #expect(date.latest == day(y2, m2, Day.daysIn(month: m2, year: y2)))
        #expect(date.precision == .season)
        #expect(date.level == (text < "2001-25" ? 1 : 2))
    }

    @Test func winterReachesIntoALeapFebruary() throws {
        #expect(try EDTFDate("2019-24").latest == day(2020, 2, 29))
    }

    @Test(arguments: [
        ("1950S2", 1900, 1999), ("1953S3", 1950, 1959), ("-1859S5", -1859, -1859), ("Y171010000S3", 171_000_000, 171_999_999),
        ("Y-20E2S3", -2009, -2000), ("Y17E7", 170_000_000, 170_000_000), ("19", 1900, 1999), ("193", 1930, 1939),
        ("-193", -1939, -1930), ("201X", 2010, 2019), ("-01XX", -199, -100), ("XXXX", 0, 9999),
    ])
    func yearRanges(text: String, first: Int, last: Int) throws {
        let date = try EDTFDate(text)
        #expect(date.earliest == day(first, 1, 1))
        #expect(date.latest == day(last, 12, 31))
    }

    @Test func unspecifiedDigitsFindRealDays() throws {
        let leapDays = try EDTFDate("20X0-02-29")
        #expect(leapDays.earliest == day(2000, 2, 29) && leapDays.latest == day(2080, 2, 29))
        let thirtyFirsts = try EDTFDate("1985-XX-31")
        #expect(thirtyFirsts.earliest == day(1985, 1, 31) && thirtyFirsts.latest == day(1985, 12, 31))
        #expect(throws: EDTFError.self) { try EDTFDate("1XX1-02-29") }
        #expect(throws: EDTFError.self) { try EDTFDate("156X-11-31") }
    }

    @Test func intervalEndsKeepOpenApartFromUnknown() throws {
        let open = try EDTFDate("../1985")
        let unknown = try EDTFDate("/1985")
        #expect(open.earliest == .distantPast && unknown.earliest == .distantPast)
        #expect(open.startKind == .open && unknown.startKind == .unknown)
        #expect(open.endKind == .stated && open.latest == day(1985, 12, 31))
        let both = try EDTFDate("/..")
        #expect(both.startKind == .unknown && both.endKind == .open && both.level == 1)
        #expect(both.summary == "interval, start unknown, end open, certain, level 1")
    }

    @Test func setsSpanTheirMembersAndDropSpacesFromTheirText() throws {
        let oneOf = try EDTFDate("[1667, 1668 , 1670..1672]")
        #expect(oneOf.text == "[1667,1668,1670..1672]")
        #expect(oneOf.setKind == .oneOf && oneOf.precision == .set && oneOf.level == 2)
        #expect(oneOf.earliest == day(1667, 1, 1) && oneOf.latest == day(1672, 12, 31))
        let allOf = try EDTFDate("{1760-12..}")
        #expect(allOf.setKind == .allOf && allOf.endKind == .open && allOf.latest == .distantFuture)
        #expect(allOf.summary == "set (all of), end open, certain, level 2")
        #expect(throws: EDTFError.self) { try EDTFDate("[1672..1670]") }
        #expect(throws: EDTFError.self) { try EDTFDate("[1670,..1672]") }
        #expect(throws: EDTFError.self) { try EDTFDate("[]") }
        #expect(throws: EDTFError.self) { try EDTFDate("[1 760]") }
    }

    @Test func qualifiersOfSingleComponentsCount() throws {
        let date = try EDTFDate("?2004-06~-11")
        #expect(date.qualifiers == [.uncertain, .approximate] && date.level == 2)
        #expect(date.earliest == day(2004, 6, 11) && date.latest == day(2004, 6, 11))
        #expect(try EDTFDate("1999~").summary == "year, approximate, level 1")
        #expect(try EDTFDate("2004-06-11%").qualifiers.words == ["uncertain", "approximate"])
    }

    @Test func timesAreValidatedAndKeptInTheText() throws {
        let date = try EDTFDate("1985-04-12T23:20:30+04:30")
        #expect(date.text == "1985-04-12T23:20:30+04:30" && date.earliest == day(1985, 4, 12) && date.precision == .day)
        #expect(throws: EDTFError.self) { try EDTFDate("1985-04-12T25:00:00") }
        #expect(throws: EDTFError.self) { try EDTFDate("1985-04-12T12:00:00-00:00") }
        #expect(throws: EDTFError.self) { try EDTFDate("1985-04T12:00:00") }
    }

    @Test(arguments: [
        ("", 0, "found nothing"), ("2016-13", 5, "month"), ("1863-03-29 ", 10, "a space"), ("2016-02-30", 8, "from 01 to 29"), ("1XX1-02-29", 0, "calendar"), ("2004-06-~31", 9, "day of 2004-06 from 01 to 30"),
        ("12345", 0, "prefix Y"), ("2001-é", 5, "'é'"), ("1990/1980", 5, "before the start"), ("Y2006", 1, "more than four"),
        ("1990/1991/1992", 9, "second '/'"), ("[1999}", 5, "']'"),
    ])
    func errorsSayWhatAndWhere(text: String, offset: Int, fragment: String) {
        #expect {
            try EDTFDate(text)
        } throws: { error in
            guard let error = error as? EDTFError else { return false }
            return error.offset == offset && error.message.contains(fragment) && error.message.contains("expected")
        }
    }

    @Test func hugeAndBinaryInputsAreRejectedWithoutCrashing() {
        #expect(throws: EDTFError.self) { try EDTFDate(String(repeating: "1", count: 5_000_000)) }
        #expect(throws: EDTFError.self) { try EDTFDate("Y" + String(repeating: "9", count: 5_000)) }
        #expect(throws: EDTFError.self) { try EDTFDate("Y9E99999999999") }
        #expect(throws: EDTFError.self) { try EDTFDate("\u{0}\u{1}\u{FFFD}/\u{7F}") }
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let alphabet = Array("0123456789X-/.?~%[]{},YESTZ:+ ".utf8)
        for _ in 0..<20_000 {
            var bytes: [UInt8] = []
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<Int(state >> 60) + 1 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                let pick = Int(state >> 33)
                bytes.append(pick % 7 == 0 ? UInt8(truncatingIfNeeded: pick >> 8) : alphabet[pick % alphabet.count])
            }
            if let date = try? EDTFDate(String(decoding: bytes, as: UTF8.self)) {
                #expect(date.earliest <= date.latest)
            }
        }
    }

    @Test func comparisonIsThreeValued() throws {
        let spring = try EDTFDate("2009-21")
        #expect(EDTFDate(day: day(2009, 4, 15)).compare(spring) == .overlapping)
        #expect(EDTFDate(day: day(2009, 6, 1)).compare(spring) == .after)
        #expect(try EDTFDate("2008").compare(spring) == .before)
    }
}
