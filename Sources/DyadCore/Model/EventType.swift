/// The seventeen event types of Dyad's vocabulary; every event carries one.
public enum EventType: String, Sendable, Hashable, CaseIterable, Codable {
    case establish, close, replace, join, leave, apply, sign, agree, suspend, resume
    case deploy, intervene, annex, recognise, expel, condemn, meet

    /// A short English gloss, for tables and help texts.
    public var gloss: String {
        switch self {
        case .establish: "creates, founds or opens a body, office, mission, programme or channel"
        case .close: "closes, dissolves or shuts one down for good"
        case .replace: "the object is replaced by, or succeeded by, the `by` entity"
        case .join: "joins, accedes to, becomes member or participant of"
        case .leave: "withdraws from, leaves, walks away from"
        case .apply: "applies for or formally seeks membership"
        case .sign: "signs, adopts or concludes an agreement, declaration, act or treaty"
        case .agree: "agrees or decides to do something jointly"
        case .suspend: "freezes, suspends, halts or curtails cooperation, meetings, relations, a body or a channel"
        case .resume: "resumes, restores or reopens what was suspended"
        case .deploy: "deploys forces or peacekeepers to an operation or place"
        case .intervene: "takes military action against or in a state or place"
        case .annex: "annexes a territory"
        case .recognise: "recognises a state, territory or government"
        case .expel: "expels diplomats or staff of the other"
        case .condemn: "condemns, denounces or refuses to recognise the other's act"
        case .meet: "a summit, meeting or session of a body takes place"
        }
    }
}
