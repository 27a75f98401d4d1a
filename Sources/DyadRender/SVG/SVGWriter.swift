/// A small builder of well-formed SVG markup: every element it opens, it closes, and every value is escaped.
struct SVGWriter {
    private(set) var text = ""
    private var open: [String] = []
    private var indent: String { String(repeating: "  ", count: open.count) }

    /// Opens an element that will hold children.
    mutating func begin(_ name: String, _ attributes: KeyValuePairs<String, SVGValue> = [:]) {
        text += indent + "<" + name + Self.render(attributes) + ">\n"
        open.append(name)
    }

    /// Closes the most recently opened element.
    mutating func end() {
        let name = open.removeLast()
        text += indent + "</" + name + ">\n"
    }

    /// Writes an element with no children.
    mutating func leaf(_ name: String, _ attributes: KeyValuePairs<String, SVGValue> = [:]) {
        text += indent + "<" + name + Self.render(attributes) + "/>\n"
    }

    /// Writes an element holding only text.
    mutating func element(_ name: String, _ attributes: KeyValuePairs<String, SVGValue> = [:], text content: String) {
        text += indent + "<" + name + Self.render(attributes) + ">" + XMLText.escape(content) + "</" + name + ">\n"
    }

    /// Writes pre-built markup as is; the caller vouches that it is well-formed.
    mutating func raw(_ markup: String) {
        text += markup
    }

    private static func render(_ attributes: KeyValuePairs<String, SVGValue>) -> String {
        var out = ""
        for (key, value) in attributes {
            guard let rendered = value.rendered else { continue }
            out += " " + key + "=\"" + XMLText.escape(rendered) + "\""
        }
        return out
    }
}

/// An attribute value: text, or a number printed with at most one decimal; nil values are left out.
enum SVGValue: ExpressibleByStringLiteral, ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral {
    case text(String?)
    case number(Double)

    init(stringLiteral value: String) { self = .text(value) }
    init(floatLiteral value: Double) { self = .number(value) }
    init(integerLiteral value: Int) { self = .number(Double(value)) }

    static func n(_ value: Double) -> SVGValue { .number(value) }
    static func s(_ value: String?) -> SVGValue { .text(value) }

    var rendered: String? {
        switch self {
        case .text(let value): value
        case .number(let value): SVGValue.format(value)
        }
    }

    /// Prints one decimal at most: enough for screen pixels, and stable for golden files.
    static func format(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        if tenths.truncatingRemainder(dividingBy: 10) == 0 { return String(Int(tenths / 10)) }
        return String(Int(tenths) / 10 == 0 && tenths < 0 ? "-0" : String(Int(tenths) / 10)) + "." + String(abs(Int(tenths)) % 10)
    }
}
