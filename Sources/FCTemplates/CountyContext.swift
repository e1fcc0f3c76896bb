import FCConfig
import FCDocument
import FCCostSharing

/// The values the `lanssamordnare` template sees: seed 001's county coordinator agreement and its
/// "Bilaga 1 Kostnadsfördelning primärkommuner", computed to the krona.
public enum CountyContext {
    public static let defaultScopePercent = 50.0

    public static func title(for file: CountyFile) -> String {
        "Överenskommelse om samordnare för familjecentralerna i \(file.county.name.value)"
    }

    public static func make(_ file: CountyFile) throws -> [String: Any] {
        let total = file.cost.total?.value ?? 0
        let regionShare = file.cost.regionShare?.value ?? 0
        let split = try CostSharing.population(
            total: total, regionShare: regionShare,
            municipalities: file.municipalities.map { (name: $0.name.value, population: $0.population?.value ?? 0) })
        let population = split.population
        let scope = file.coordinator.scopePercent?.value ?? defaultScopePercent
        return [
            "title": title(for: file),
            "county": ["name": file.county.name.value, "region": file.county.region.value,
                       "sender": file.county.sender?.value ?? file.county.region.value],
            "steering_body": file.steeringBody.value,
            "reporting_to": file.reportingTo?.value ?? "länets samverkansledning (\(file.steeringBody.value))",
            "scope_text": scope == 50 ? "en halvtidstjänst" : "\(SwedishNumber.decimal(scope)) % av en heltidstjänst",
            "placement": file.coordinator.placement.value,
            "total_text": SwedishNumber.kronor(total),
            "region_share_text": SwedishNumber.kronor(split.regionAmount),
            "municipal_total_text": SwedishNumber.kronor(split.municipalTotal),
            "is_equal_split": split.regionAmount == split.municipalTotal,
            "population_date_text": file.population.date.value,
            "population_source": file.population.source.value,
            "population_total_text": SwedishNumber.integer(population),
            "municipality_count_text": SwedishText.number(file.municipalities.count),
            "rows": split.municipalities.map { share in
                [
                    "name": share.payer,
                    "population_text": SwedishNumber.integer(share.population ?? 0),
                    "share_text": percent(share.population ?? 0, of: population),
                    "amount_text": SwedishNumber.kronor(share.amount),
                ]
            },
        ]
    }

    /// "12,3 %", one decimal with a Swedish comma.
    static func percent(_ part: Int, of whole: Int) -> String {
        SwedishNumber.percent(whole > 0 ? Double(part) * 100 / Double(whole) : 0)
    }
}
