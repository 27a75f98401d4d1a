/// The datasets Dyad imports; an event id is unique within one dataset only.
public enum Dataset: String, Sendable, Hashable, CaseIterable, Codable {
    case gdelt1, gdelt2, icews, polecat
}

/// The four quad classes of CAMEO and PLOVER: verbal and material cooperation and conflict.
public enum QuadClass: Int, Sendable, Hashable, CaseIterable, Codable {
    case verbalCooperation = 1, materialCooperation = 2, verbalConflict = 3, materialConflict = 4

    /// The quad class of a CAMEO code, from its two-digit root (01–05, 06–08, 09–13, 14–20).
    public init?(cameo code: some StringProtocol) {
        let digits = code.utf8.prefix(2)
        guard digits.count == 2, let root = Int(String(decoding: digits, as: UTF8.self)) else { return nil }
        switch root {
        case 1...5: self = .verbalCooperation
        case 6...8: self = .materialCooperation
        case 9...13: self = .verbalConflict
        case 14...20: self = .materialConflict
        default: return nil
        }
    }

    /// The name used in CSV and JSON output.
    public var label: String {
        switch self {
        case .verbalCooperation: "verbal_cooperation"
        case .materialCooperation: "material_cooperation"
        case .verbalConflict: "verbal_conflict"
        case .materialConflict: "material_conflict"
        }
    }
}

/// One side of a coded event as a dataset gives it.
public struct EventActor: Sendable, Hashable {
    /// The actor's name (`Police (Ukraine)`, `RUSSIA`).
    public var name: String?
    /// The dataset's actor code (`RUSGOV`), where it has one.
    public var code: String?
    /// The country: an ISO code (GDELT, POLECAT) or a name (ICEWS).
    public var country: String?
    /// The principal the actor belongs to: the bracketed owner of an ICEWS sector name
    /// (`Police (Ukraine)` → `Ukraine`), a GDELT known-group code (`NAT`), else the name itself.
    public var owner: String?

    /// Creates an actor side.
    public init(name: String? = nil, code: String? = nil, country: String? = nil, owner: String? = nil) {
        self.name = name
        self.code = code
        self.country = country
        self.owner = owner
    }
}

/// One coded event from GDELT, ICEWS or POLECAT, reduced to what Dyad stores and indexes.
public struct EventRecord: Sendable, Hashable {
    /// Which dataset it comes from.
    public var dataset: Dataset
    /// The dataset's event id, the key within the dataset.
    public var id: String
    /// The event date as `yyyymmdd`.
    public var day: Int
    /// Who acts.
    public var source: EventActor
    /// Who is acted upon.
    public var target: EventActor
    /// The CAMEO event code (`036`), absent for POLECAT.
    public var cameo: String?
    /// The PLOVER event type (`CONSULT`), where the dataset gives one.
    public var plover: String?
    /// The Goldstein value (GDELT GoldsteinScale, ICEWS Intensity, POLECAT intensity), −10…10.
    public var goldstein: Double
    /// The quad class.
    public var quad: QuadClass

    /// Creates a record.
    public init(
        dataset: Dataset, id: String, day: Int, source: EventActor, target: EventActor, cameo: String?, plover: String?,
        goldstein: Double, quad: QuadClass
    ) {
        self.dataset = dataset
        self.id = id
        self.day = day
        self.source = source
        self.target = target
        self.cameo = cameo
        self.plover = plover
        self.goldstein = goldstein
        self.quad = quad
    }
}
