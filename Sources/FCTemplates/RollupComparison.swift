import FCDocument
import FCReport

extension RollupContext {
    /// A year beside the one before, like with like: only over the centres that handed in a
    /// report for both years. When they are all of this year's centres, last year's row stands
    /// beside the county's ("samma familjecentraler"); when not, the comparison group gets a
    /// row for each year, named for what it is, and the county's row keeps every centre.
    struct Comparison {
        let year: Int
        /// The centres with a handed-in report this year and last year.
        let centres: [Rollup.Centre]
        /// How many centres the county's row of this year takes in.
        let reportingCount: Int

        /// `nil` when no centre handed in a report both years: there is nothing to compare.
        init?(_ rollup: Rollup) {
            let both = rollup.reportingBothYears
            guard !both.isEmpty else { return nil }
            year = rollup.year
            centres = both
            reportingCount = rollup.reporting.count
        }

        /// Whether the comparison group is every centre counted this year.
        var isWholeCounty: Bool { centres.count == reportingCount }

        static let groupName = "Jämförelsegruppen"

        /// The rows under the county's row, each with its name and the figures `values` gives
        /// for the comparison group and a year's reports.
        func rows(_ values: ([Rollup.Centre], (Rollup.Centre) -> ReportData?) -> [String])
            -> [(name: String, figures: [String])]
        {
            let previous = values(centres, \.previous)
            guard !isWholeCounty else {
                let same = centres.count == 1 ? "samma familjecentral" : "samma familjecentraler"
                return [("Länet \(year - 1) (\(same))", previous)]
            }
            return [
                ("\(Self.groupName) \(year)", values(centres, \.report)),
                ("\(Self.groupName) \(year - 1)", previous),
            ]
        }

        /// Which centres the comparison group holds, when it is not the whole county.
        var text: String {
            guard !isWholeCounty else { return "" }
            let who =
                centres.count == 1
                ? "den familjecentral som har" : "de \(SwedishNumber.integer(centres.count)) familjecentraler som har"
            return "\(Self.groupName) är \(who) lämnat in verksamhetsberättelse för både \(year - 1) och \(year): "
                + SwedishText.list(centres.map(\.name))
                + ". Raden Länet \(year) gäller alla \(SwedishNumber.integer(reportingCount)) familjecentraler "
                + "som har lämnat in för \(year)."
        }
    }
}
