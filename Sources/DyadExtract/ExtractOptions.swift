/// A name the caller already knows (from a history file): an id, its printed name and other names.
public struct KnownEntity: Sendable, Hashable {
    /// The id in the history.
    public var id: String
    /// The printed name.
    public var name: String
    /// Other names and short forms.
    public var aliases: [String]
    /// True for actors (states, organisations), false for institutions.
    public var isActor: Bool

    /// Creates a known entity.
    public init(id: String, name: String, aliases: [String] = [], isActor: Bool) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.isActor = isActor
    }
}

/// How the extractor reads documents.
public struct ExtractOptions: Sendable {
    /// The markup of the input; nil guesses from the name and first bytes.
    public var format: InputFormat?
    /// Names from a history, recognised on top of the built-in list.
    public var known: [KnownEntity]
    /// The document's publication date in EDTF, for day-and-month dates without a year; nil reads it from the text.
    public var published: String?
    /// Sentences longer than this many bytes are cut, so that one huge line cannot stall the parser.
    public var maxSentenceBytes: Int
    /// Bytes read from the file at a time.
    public var chunkBytes: Int
    /// Where the documents can be read, for the draft history's source entries; nil takes it from HTML metadata.
    public var sourceURL: String?
    /// Who published the documents, for the draft history's source entries; nil takes it from HTML metadata.
    public var publisher: String?

    /// Creates options.
    public init(
        format: InputFormat? = nil, known: [KnownEntity] = [], published: String? = nil, maxSentenceBytes: Int = 4096, chunkBytes: Int = 1 << 20,
        sourceURL: String? = nil, publisher: String? = nil
    ) {
        self.format = format
        self.known = known
        self.published = published
        self.maxSentenceBytes = maxSentenceBytes
        self.chunkBytes = chunkBytes
        self.sourceURL = sourceURL
        self.publisher = publisher
    }
}
