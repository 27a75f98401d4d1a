import DyadCore
import Foundation

extension TimelineModel {
    /// The order of kinds on the chart: the relationship as a whole first, agreements (mostly point events) last.
    static let kindOrder: [InstitutionKind] = [.relationship, .forum, .programme, .cooperation, .channel, .operation, .agreement]

    /// Builds the picture of a chronicle's history, from the year of its first event to `through`.
    init(_ chronicle: Chronicle, through: Day? = nil) {
        let history = chronicle.history
        let known = history.events.flatMap { [$0.date.earliest, $0.date.latest] }
            .filter { $0 > Day.distantPast && $0 < Day.distantFuture }
        let today = Day(ordinal: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
        let firstYear = known.min()?.year ?? today.year
        let lastYear = max(known.max()?.year ?? today.year, today.year)
        let institutionIDs = Set(history.institutions.map(\.id))

        var groups: [LaneGroup] = []
        var links: [SuccessorLink] = []
        for kind in Self.kindOrder {
            let lanes = history.institutions.filter { $0.kind == kind }.map { institution in
                Self.lane(institution, chronicle: chronicle, links: &links)
            }
            if !lanes.isEmpty { groups.append(LaneGroup(kind: kind, lanes: lanes)) }
        }
        let loose = history.events.filter { event in
            !(event.object.map(institutionIDs.contains) ?? false) && !event.subjects.contains(where: institutionIDs.contains)
        }
        self.init(
            title: history.title, start: TimeScale.newYear(firstYear), end: through?.next ?? TimeScale.newYear(lastYear + 1),
            groups: groups, looseMarkers: loose.map(Marker.init), links: links)
    }

    static func lane(_ institution: Institution, chronicle: Chronicle, links: inout [SuccessorLink]) -> Lane {
        var lane = Lane(id: institution.id, name: institution.name, bars: [], ending: nil, markers: [])
        for interval in chronicle.intervals(of: institution.id) {
            switch interval.status {
            case .active, .suspended:
                lane.bars.append(
                    Bar(status: interval.status == .active ? .active : .suspended,
                        start: interval.start.map(Span.init), end: interval.end.map(Span.init)))
            case .closed, .replaced:
                guard let start = interval.start else { continue }
                let kind: Ending.Kind = interval.status == .closed ? .closed : .replaced
                lane.ending = Ending(kind: kind, at: Span(start))
                if kind == .replaced, let event = interval.startEvent, let successor = event.by {
                    links.append(SuccessorLink(from: institution.id, to: successor, at: Span(start), eventID: event.id))
                }
            case .notYet:
                continue
            }
        }
        let events = chronicle.history.events.filter { event in
            event.object == institution.id || (event.object == nil && event.subjects.contains(institution.id))
        }
        lane.markers = events.map(Marker.init)
        return lane
    }
}

extension Marker {
    /// A marker for an event, with a tooltip that says when, what, and the note.
    init(_ event: Event) {
        let note = event.note.map { " — \($0)" } ?? ""
        self.init(eventID: event.id, type: event.type, date: event.date, title: "\(event.date.text) · \(event.type.rawValue)\(note)")
    }
}
