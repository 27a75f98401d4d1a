extension History {
    /// The YAML text of the built-in history of NATO–Russia relations, as shipped inside the binary.
    public static var builtInText: String { String(decoding: PackageResources.nato_russia_yaml, as: UTF8.self) }

    /// The name the built-in history goes by in messages.
    public static let builtInName = "<built-in nato-russia.yaml>"

    /// Reads the built-in history of NATO–Russia relations.
    public static func builtIn() throws(DyadError) -> History {
        try HistoryFile.read(builtInText, name: builtInName)
    }
}
