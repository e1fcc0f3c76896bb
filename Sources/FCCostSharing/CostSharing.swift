/// How a cost is shared, from the seeds:
/// - `equal`: every party pays the same share (seed 000, "med lika stor del av alla parter");
/// - `rotating`: one party carries the whole cost each year, in a stated order (seed 004,
///   "respektive verksamhet/förvaltning turas om årligen");
/// - `population`: a region pays a fixed amount and the municipalities split the rest in
///   proportion to their population on a stated date (seed 001).
public enum CostSharing {
    public struct Share: Sendable, Equatable {
        public var payer: String
        /// Population, for the population method.
        public var population: Int?
        public var amount: Int

        public init(payer: String, population: Int? = nil, amount: Int) {
            self.payer = payer
            self.population = population
            self.amount = amount
        }
    }

    /// One year of a rotating schedule.
    public struct Turn: Sendable, Equatable {
        public var year: Int
        public var payer: String
        public var amount: Int

        public init(year: Int, payer: String, amount: Int) {
            self.year = year
            self.payer = payer
            self.amount = amount
        }
    }

    public static func equal(total: Int, payers: [String]) throws -> [Share] {
        let amounts = try Apportionment.split(total, by: payers.map { _ in 1 })
        return zip(payers, amounts).map { Share(payer: $0, amount: $1) }
    }

    /// The payer for each year from `firstYear` through `lastYear`, taking turns in `order`.
    public static func rotating(total: Int, order: [String], firstYear: Int, lastYear: Int) -> [Turn] {
        guard !order.isEmpty, firstYear <= lastYear else { return [] }
        return (firstYear...lastYear).map { year in
            Turn(year: year, payer: order[(year - firstYear) % order.count], amount: total)
        }
    }

    public struct PopulationSplit: Sendable, Equatable {
        public var regionAmount: Int
        public var municipalities: [Share]

        public var municipalTotal: Int { municipalities.reduce(0) { $0 + $1.amount } }
        public var population: Int { municipalities.reduce(0) { $0 + ($1.population ?? 0) } }
    }

    public enum PopulationProblem: Error, Equatable, CustomStringConvertible {
        case regionShareAboveTotal(regionShare: Int, total: Int)
        case apportionment(Apportionment.Problem)

        public var description: String {
            switch self {
            case .regionShareAboveTotal(let share, let total):
                return "the region's share \(share) is larger than the total \(total)"
            case .apportionment(let problem):
                return problem.description
            }
        }
    }

    public static func population(
        total: Int, regionShare: Int,
        municipalities: [(name: String, population: Int)]
    ) throws -> PopulationSplit {
        guard regionShare >= 0, regionShare <= total else {
            throw PopulationProblem.regionShareAboveTotal(regionShare: regionShare, total: total)
        }
        do {
            let amounts = try Apportionment.split(total - regionShare, by: municipalities.map(\.population))
            return PopulationSplit(
                regionAmount: regionShare,
                municipalities: zip(municipalities, amounts).map {
                    Share(payer: $0.name, population: $0.population, amount: $1)
                })
        } catch let problem as Apportionment.Problem {
            throw PopulationProblem.apportionment(problem)
        }
    }
}
