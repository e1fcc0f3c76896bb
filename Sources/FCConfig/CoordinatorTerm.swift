/// The coordinator's term: its length and, with a start date, its first and last day.
public struct CoordinatorTerm: Sendable {
    public static let defaultYears = 3

    public var years: Int
    public var start: ISODate?
    public var end: ISODate?

    public init(_ coordinator: Coordinator) {
        years = coordinator.termYears?.value ?? Self.defaultYears
        start = coordinator.startDate.flatMap { ISODate($0.value) }
        end = start?.termEnd(years: years)
    }

    /// The calendar years the cost is paid for: each year the term touches, else its length.
    public var payingYears: Int {
        guard let start, let end else { return years }
        return end.year - start.year + 1
    }
}

extension CoordinatorCost {
    /// The party ids in the order they carry the cost: `order`, else the parties' order.
    public func rotationOrder(in file: CentreFile) -> [String] {
        order.isEmpty ? file.parties.map(\.id.value) : order.map(\.value)
    }
}
