/// score.py's name resolution: normalise, look up exactly, else the longest alias found inside the name.
struct ScoreResolver {
    let aliases: [(String, String)]
    let exact: [String: String]

    init(entities: [String: Any]) {
        var list: [(String, String)] = []
        // score.py walks the JSON object in file order; JSONSerialization loses that order, so ties
        // between equally long aliases of different entities may resolve differently (rare: a name would need both).
        for (id, names) in entities.sorted(by: { $0.key < $1.key }) {
            for n in [id] + ((names as? [String]) ?? []) { list.append((Self.norm(n), id)) }
        }
        aliases = list
        var ex: [String: String] = [:]
        for (a, id) in list where ex[a] == nil { ex[a] = id }
        exact = ex
    }

    func resolve(_ value: Any?) -> String? {
        guard var v = value, !(v is NSNull) else { return nil }
        if let d = v as? [String: Any] {
            guard let n = d["name"] ?? d["id"] ?? d["label"], !(n is NSNull) else { return nil }
            v = n
        }
        let text = v as? String ?? "\(v)"
        let n = Self.norm(text)
        if n.isEmpty { return nil }
        if let id = exact[n] { return id }
        var best: (String, String)?
        for (a, id) in aliases where a.count >= 3 && Self.containsWord(n, a) {
            if best == nil || a.count > best!.0.count { best = (a, id) }
        }
        return best?.1 ?? "?" + n
    }

    static func isAlnum(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber) }

    /// `a` occurs in `v` with no letter or digit right before or after it.
    static func containsWord(_ v: String, _ a: String) -> Bool {
        let vs = Array(v)
        let av = Array(a)
        guard av.count <= vs.count else { return false }
        for s in 0...(vs.count - av.count) where Array(vs[s..<(s + av.count)]) == av {
            let beforeOK = s == 0 || !isAlnum(vs[s - 1])
            let afterOK = s + av.count == vs.count || !isAlnum(vs[s + av.count])
            if beforeOK && afterOK { return true }
        }
        return false
    }

    /// score.py's `norm`: lower case, straight quotes and dashes, no possessive 's, only [a-z0-9- ], no the/its/their/"of the".
    static func norm(_ s: String) -> String {
        var t = Array(s.lowercased().replacingOccurrences(of: "\u{2019}", with: "'").replacingOccurrences(of: "\u{2013}", with: "-").replacingOccurrences(of: "\u{2014}", with: "-"))
        // 's at a word end
        var out: [Character] = []
        var i = 0
        while i < t.count {
            if t[i] == "'", i + 1 < t.count, t[i + 1] == "s", i + 2 == t.count || !(t[i + 2].isLetter || t[i + 2].isNumber || t[i + 2] == "_") {
                i += 2
                continue
            }
            out.append(t[i])
            i += 1
        }
        t = out.map { c in (c.isASCII && (c.isLowercase || c.isNumber)) || c == "-" || c == " " ? c : " " }
        // Drop the words the, its, their and the pair "of the".
        var r: [Character] = []
        i = 0
        let words: [[Character]] = [Array("the"), Array("its"), Array("their"), Array("of the")]
        while i < t.count {
            let boundaryBefore = i == 0 || !isAlnum(t[i - 1])
            var matched = false
            if boundaryBefore {
                for w in words where i + w.count <= t.count && Array(t[i..<(i + w.count)]) == w {
                    if i + w.count == t.count || !isAlnum(t[i + w.count]) {
                        r.append(" ")
                        i += w.count
                        matched = true
                        break
                    }
                }
            }
            if !matched {
                r.append(t[i])
                i += 1
            }
        }
        return String(r).split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }
}

import Foundation
