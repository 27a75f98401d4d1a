import Foundation
import Yams

/// Turns YAML text into a `History`, checking shape, keys, dates and references as it goes.
///
/// The fast subset reader streams the file; a file that uses YAML features beyond it (anchors, tags)
/// is read again with Yams. Both feed the same `HistoryBuilder`, so the rules and messages are one.
struct HistoryReader {
    let file: String

    func read(_ text: String) throws(DyadError) -> History {
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBufferPointer { (buffer) throws(DyadError) -> History in try read(bytes: buffer) }
    }

    func read(bytes: UnsafeBufferPointer<UInt8>) throws(DyadError) -> History {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw DyadError(.badData, "the file is empty; expected a history starting with `dyad: 1`", file: file, line: 1, column: 1)
        }
        var builder = HistoryBuilder(file: file)
        do {
            var reader = YAMLSubsetReader(bytes, file: file)
            try reader.readRoot(
                entry: { (key, value) throws(DyadError) in try builder.entry(key, value) },
                item: { (key, node) throws(DyadError) in try builder.item(key, node) })
        } catch where YAMLUnsupportedOrError.isUnsupported(error) {
            return try readWithYams(String(decoding: bytes, as: UTF8.self))
        }
        return try builder.finish()
    }

    /// The general path, for YAML the subset reader does not cover.
    private func readWithYams(_ text: String) throws(DyadError) -> History {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw DyadError(.badData, "expected a history, found no YAML document", file: file, line: 1, column: 1)
            }
            root = node
        } catch let error as DyadError {
            throw error
        } catch let error as YamlError {
            throw translate(error, text: text)
        } catch {
            throw DyadError(.badData, "cannot read YAML: \(error)", file: file, line: 1, column: 1)
        }
        var builder = HistoryBuilder(file: file)
        let tree = Self.convert(root)
        guard case .mapping(let pairs) = tree.kind else {
            throw DyadError(.badData, "expected the history as `key: value` lines (dyad: 1, title: …)", file: file, line: tree.line, column: tree.column)
        }
        for (key, value) in pairs {
            if case .sequence(let items) = value.kind, HistoryBuilder.sections.contains(key.text ?? "") {
                try builder.entry(key, YAMLNode(kind: .sequence([]), line: value.line, column: value.column))
                for item in items { try builder.item(key, item) }
            } else {
                try builder.entry(key, value)
            }
        }
        return try builder.finish()
    }

    static func convert(_ node: Node) -> YAMLNode {
        let line = node.mark?.line ?? 1
        let column = node.mark?.column ?? 1
        switch node {
        case .scalar(let s):
            return YAMLNode(kind: .scalar(s.string, plain: s.style == .plain || s.style == .any), line: line, column: column)
        case .mapping(let m):
            return YAMLNode(kind: .mapping(m.map { (convert($0.key), convert($0.value)) }), line: line, column: column)
        case .sequence(let seq):
            return YAMLNode(kind: .sequence(seq.map(convert)), line: line, column: column)
        case .alias:
            return YAMLNode(kind: .scalar("", plain: true), line: line, column: column)
        }
    }

    private func translate(_ error: YamlError, text: String) -> DyadError {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            var message = "expected well-formed YAML: \(problem)"
            if let context { message += " (\(context.text))" }
            return DyadError(.badData, message, file: file, line: mark.line, column: mark.column)
        default:
            return DyadError(.badData, "cannot read YAML: \(error)", file: file, line: 1, column: 1)
        }
    }
}

extension YAMLNode {
    /// The text of a scalar node, or nil for collections.
    var text: String? {
        if case .scalar(let s, _) = kind { return s }
        return nil
    }
}
