/// A document that an event rests on: title, publisher, address and date.
public struct Source: Sendable, Hashable, Identifiable {
    /// The short stable identifier used in the history file.
    public var id: String
    /// The document's title.
    public var title: String
    /// Who published it.
    public var publisher: String
    /// Where it can be read.
    public var url: String?
    /// When it was published or last updated.
    public var date: EDTFDate?

    /// Creates a source.
    public init(id: String, title: String, publisher: String, url: String? = nil, date: EDTFDate? = nil) {
        self.id = id
        self.title = title
        self.publisher = publisher
        self.url = url
        self.date = date
    }
}
