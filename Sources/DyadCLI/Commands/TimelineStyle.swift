import ArgumentParser

/// How `dyad timeline` draws: lanes of status over the years, or a list of events.
enum TimelineStyle: String, ExpressibleByArgument, CaseIterable {
    case lanes, list
}
