import FCConfig
import FCCostSharing
import FCDocument

/// The values the `lanssamordnare` template sees: seed 001's county coordinator agreement and its
/// "Bilaga 1 Kostnadsfördelning primärkommuner", computed to the krona.
public enum CountyContext {
    public static let defaultScopePercent = 50.0

    /// Whom the county's follow-up is reported to: the file's `reporting_to`, else the steering
    /// body as part of "länets samverkansledning", without a parenthesis inside another.
    public static func reportingTo(_ file: CountyFile) -> String {
        file.reportingTo?.value ?? SwedishText.aside("länets samverkansledning", file.steeringBody.value)
    }

    public static func title(for file: CountyFile) -> String {
        "Överenskommelse om samordnare för familjecentralerna i \(file.county.name.value)"
    }

    public struct Values: TemplateValues {
        public var title: String
        public var county: County
        public var steeringBody, reportingTo, scopeText, placement: String
        public var totalText, regionShareText, municipalTotalText: String
        public var isEqualSplit: Bool
        public var populationDateText, populationSource, populationTotalText: String
        /// "tretton".
        public var municipalityCountText: String
        /// Bilaga 1: each municipality's population, share and amount.
        public var rows: [Row]

        public static var fields: [TemplateField<Self>] {
            [
                .text("title", \.title), .record("county", \.county), .text("steering_body", \.steeringBody),
                .text("reporting_to", \.reportingTo), .text("scope_text", \.scopeText), .text("placement", \.placement),
                .text("total_text", \.totalText), .text("region_share_text", \.regionShareText),
                .text("municipal_total_text", \.municipalTotalText), .flag("is_equal_split", \.isEqualSplit),
                .text("population_date_text", \.populationDateText), .text("population_source", \.populationSource),
                .text("population_total_text", \.populationTotalText),
                .text("municipality_count_text", \.municipalityCountText), .list("rows", \.rows),
            ]
        }
    }

    public struct County: TemplateValues {
        public var name, region, sender: String

        public static var fields: [TemplateField<Self>] {
            [.text("name", \.name), .text("region", \.region), .text("sender", \.sender)]
        }
    }

    public struct Row: TemplateValues {
        public var name, populationText, shareText, amountText: String

        public static var fields: [TemplateField<Self>] {
            [
                .text("name", \.name), .text("population_text", \.populationText), .text("share_text", \.shareText),
                .text("amount_text", \.amountText),
            ]
        }
    }

    public static func make(_ file: CountyFile) throws -> Values {
        let total = file.cost.total?.value ?? 0
        let regionShare = file.cost.regionShare?.value ?? 0
        let split = try CostSharingFailure.translating {
            try CostSharing.population(
                total: total, regionShare: regionShare,
                municipalities: file.municipalities.map { (name: $0.name.value, population: $0.population?.value ?? 0) }
            )
        }
        let population = split.population
        let scope = file.coordinator.scopePercent?.value ?? defaultScopePercent
        return Values(
            title: title(for: file),
            county: County(
                name: file.county.name.value, region: file.county.region.value,
                sender: file.county.sender?.value ?? file.county.region.value),
            steeringBody: file.steeringBody.value,
            reportingTo: reportingTo(file),
            scopeText: scope == 50 ? "en halvtidstjänst" : "\(SwedishNumber.decimal(scope)) % av en heltidstjänst",
            placement: file.coordinator.placement.value,
            totalText: SwedishNumber.kronor(total),
            regionShareText: SwedishNumber.kronor(split.regionAmount),
            municipalTotalText: SwedishNumber.kronor(split.municipalTotal),
            isEqualSplit: split.regionAmount == split.municipalTotal,
            populationDateText: ISODate(file.population.date.value)?.swedish ?? file.population.date.value,
            populationSource: file.population.source.value,
            populationTotalText: SwedishNumber.integer(population),
            municipalityCountText: SwedishText.number(file.municipalities.count),
            rows: split.municipalities.map { share in
                Row(
                    name: share.payer, populationText: SwedishNumber.integer(share.population ?? 0),
                    shareText: percent(share.population ?? 0, of: population),
                    amountText: SwedishNumber.kronor(share.amount))
            })
    }

    /// "12,3 %", one decimal with a Swedish comma.
    static func percent(_ part: Int, of whole: Int) -> String {
        SwedishNumber.percent(whole > 0 ? Double(part) * 100 / Double(whole) : 0)
    }
}
