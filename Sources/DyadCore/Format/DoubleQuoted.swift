/// Text as a double-quoted literal that JSON and YAML both read back unchanged.
public enum DoubleQuoted {
    /// `s` between double quotes, with quotes, backslashes, control characters, DEL and the byte-order mark escaped.
    public static func literal(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                // DEL and the byte-order mark are legal in both, but YAML readers may drop or choke on them raw.
                if u.value < 0x20 || u.value == 0x7F || u.value == 0xFEFF {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }
}
