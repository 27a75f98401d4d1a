import DyadCore
import Testing

@testable import DyadRender

@Suite struct PrimitivesTests {
    @Test(arguments: [
        ("plain", "plain"), ("a & b", "a &amp; b"), ("<x>", "&lt;x&gt;"), ("\"q\" 'a'", "&quot;q&quot; &#39;a&#39;"),
        ("bell\u{07}", "bell"), ("tab\tnew\nline", "tab\tnew\nline"), ("é–ü", "é–ü"),
    ])
    func escapesXML(input: String, expected: String) {
        #expect(XMLText.escape(input) == expected)
    }

    @Test(arguments: [(1.0, "1"), (1.25, "1.3"), (-0.04, "0"), (-2.5, "-2.5"), (1200.0, "1200"), (0.06, "0.1"), (-0.5, "-0.5")])
    func formatsNumbers(value: Double, expected: String) {
        #expect(SVGValue.format(value) == expected)
    }

    @Test func yearTicksThinOutWhenNarrow() {
        let start = TimeScale.newYear(1991), end = TimeScale.newYear(2026)
        let wide = TimeScale(start: start, end: end, length: 3500).yearTicks(labelLength: 40)
        let narrow = TimeScale(start: start, end: end, length: 300).yearTicks(labelLength: 40)
        #expect(wide.count == 36)
        #expect(narrow.count < 10)
        #expect(narrow.allSatisfy { $0 % 5 == 0 })
    }

    @Test func scaleClampsOutsideDays() {
        let scale = TimeScale(start: TimeScale.newYear(2000), end: TimeScale.newYear(2010), length: 100)
        #expect(scale.position(TimeScale.newYear(1990)) == 0)
        #expect(scale.position(TimeScale.newYear(2020)) == 100)
        #expect(scale.position(Day.distantFuture) == 100)
    }

    @Test func writerClosesWhatItOpens() {
        var svg = SVGWriter()
        svg.begin("g", ["id": "a", "skip": .s(nil)])
        svg.element("text", text: "x < y")
        svg.end()
        #expect(svg.text == "<g id=\"a\">\n  <text>x &lt; y</text>\n</g>\n")
    }
}
