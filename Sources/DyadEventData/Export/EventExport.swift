import DyadCore
import Foundation

/// Writes a history's events in the standard event-data formats, so tools built for ICEWS or POLECAT can read them.
public enum EventExport {
    /// The 20 ICEWS columns, in ICEWS order.
    static let icewsHeader = [
        "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code", "Intensity",
        "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number", "Publisher", "City", "District",
        "Province", "Country", "Latitude", "Longitude",
    ]

    /// ICEWS-style tab-separated rows with a header: one row per event and subject, dated by the earliest day of its
    /// EDTF interval (ICEWS has no uncertain dates), CAMEO code and Goldstein value from `EventType.codes`.
    public static func cameoTSV(_ history: History) -> String {
        var out = icewsHeader.joined(separator: "\t") + "\n"
        for event in history.events {
            let codes = event.type.codes
            let subjects = event.subjects.isEmpty ? [nil] : event.subjects.map(Optional.some)
            for (n, subject) in subjects.enumerated() {
                let source = history.sourceOf(event)
                let cells: [String] = [
                    subjects.count == 1 ? event.id : "\(event.id).\(n + 1)",
                    event.date.earliest.description,
                    history.name(of: subject), "NA", history.country(of: subject),
                    codes.cameoName, codes.cameo, IndexSeries.number(codes.goldstein),
                    history.name(of: event.object), "NA", history.country(of: event.object),
                    event.sources.first?.source ?? "NA", "NA", source?.publisher ?? "NA",
                    "NA", "NA", "NA", "NA", "NA", "NA",
                ]
                out += cells.map(clean).joined(separator: "\t") + "\n"
            }
        }
        return out
    }

    /// One PLOVER JSON record per line (JSON Lines): event type, mode and context from `EventType.codes`,
    /// actor and recipient by name, the EDTF date kept beside its earliest day.
    public static func ploverJSONLines(_ history: History) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var out = ""
        for event in history.events {
            let codes = event.type.codes
            let actorCountry = event.subjects.first.map { history.country(of: $0) }
            let recipientCountry = event.object.map { history.country(of: $0) }
            let record = PloverRecord(
                id: event.id, date: event.date.earliest.description, dateEDTF: event.date.text, eventType: codes.plover,
                mode: codes.ploverMode, context: codes.ploverContext.map { [$0] } ?? [],
                actor: event.subjects.isEmpty ? nil : event.subjects.map { history.name(of: $0) }.joined(separator: "; "),
                actorCountry: actorCountry == "NA" ? nil : actorCountry,
                recipient: event.object.map { history.name(of: $0) },
                recipientCountry: recipientCountry == "NA" ? nil : recipientCountry,
                intensity: codes.goldstein, quadCode: codes.quad.rawValue, cameo: codes.cameo, dyadType: event.type.rawValue,
                source: event.sources.first.map { PloverRecord.Cite(document: $0.source, locator: $0.locator) })
            if let data = try? encoder.encode(record) { out += String(decoding: data, as: UTF8.self) + "\n" }
        }
        return out
    }

    private static func clean(_ s: String) -> String {
        s.isEmpty ? "NA" : String(s.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
    }
}

/// A PLOVER record as JSON: field names follow the PLOVER/POLECAT data dictionary.
struct PloverRecord: Encodable {
    struct Cite: Encodable {
        var document: String
        var locator: String?
    }
    var id: String
    var date: String
    var dateEDTF: String
    var eventType: String
    var mode: String?
    var context: [String]
    var actor: String?
    var actorCountry: String?
    var recipient: String?
    var recipientCountry: String?
    var intensity: Double
    var quadCode: Int
    var cameo: String
    var dyadType: String
    var source: Cite?

    enum CodingKeys: String, CodingKey {
        case id, date, mode, context, actor, recipient, intensity, cameo, source
        case dateEDTF = "date_edtf", eventType = "event_type", actorCountry = "actor_country"
        case recipientCountry = "recipient_country", quadCode = "quad_code", dyadType = "dyad_type"
    }
}

extension History {
    /// The name of an actor or institution id, the id itself when unknown, `NA` for none.
    fileprivate func name(of id: String?) -> String {
        guard let id else { return "NA" }
        return actors.first { $0.id == id }?.name ?? institutions.first { $0.id == id }?.name ?? id
    }

    /// A state's own name as its country (ICEWS style), `NA` for organisations, institutions and none.
    fileprivate func country(of id: String?) -> String {
        guard let id, let actor = actors.first(where: { $0.id == id }), actor.kind == .state else { return "NA" }
        return actor.name
    }

    fileprivate func sourceOf(_ event: Event) -> Source? {
        guard let id = event.sources.first?.source else { return nil }
        return sources.first { $0.id == id }
    }
}
