import DyadCore

/// One event found in a document, with the words it came from.
public struct ExtractedEvent: Sendable, Hashable {
    /// The event type from Dyad's vocabulary.
    public var type: EventType
    /// Who acts, as the document names them (or the canonical name of the entity they stand for).
    public var subject: String?
    /// What is acted upon.
    public var object: String?
    /// The successor of a replacement, or the instrument.
    public var by: String?
    /// The date in EDTF, or nil when neither the sentence nor the narrative gives one.
    public var date: String?
    /// True when the date was carried over from earlier sentences, not stated with the event.
    public var dateInherited: Bool
    /// The document's name as given on the command line.
    public var document: String
    /// Byte offset of the first byte of the quoted span in the original file.
    public var start: Int
    /// Byte offset one past the last byte of the quoted span.
    public var end: Int
    /// The words of the event, as cleaned text.
    public var quote: String
    /// A rough 0–1 score of how sure the extractor is.
    public var confidence: Double
    /// Entity ids for subject, object and by when they resolve to a known or learned entity.
    public var subjectID: String?
    /// See `subjectID`.
    public var objectID: String?
    /// See `subjectID`.
    public var byID: String?
}
