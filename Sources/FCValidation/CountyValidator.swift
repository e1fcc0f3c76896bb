import FCConfig

/// The rules a county file must meet: a safe id, unique municipalities with real populations,
/// a cost the region's share fits into, a valid reference date.
public enum CountyValidator {
    public static func validate(_ file: CountyFile, into sink: DiagnosticSink) {
        let id = file.county.id
        if !id.value.isEmpty, !IdentifierRules.isSafe(id.value) {
            sink.error(
                "county id '\(id.value)' cannot be used in file names; use \(IdentifierRules.rule), e.g. '\(IdentifierRules.suggestedID(id.value))'",
                at: id.location)
        }
        var seen: [String: SourceLocation] = [:]
        for municipality in file.municipalities {
            let name = municipality.name.value
            if !name.isEmpty {
                if let first = seen[name.lowercased()] {
                    sink.error(
                        "municipality '\(name)' is listed twice; remove one of them",
                        at: municipality.name.location,
                        notes: [Diagnostic.Note(at: first, "'\(name)' is first listed here")])
                } else {
                    seen[name.lowercased()] = municipality.name.location
                }
            }
            if let population = municipality.population, population.value <= 0 {
                sink.error(
                    "the population of '\(name)' is \(population.value); expected a whole number above 0",
                    at: population.location)
            }
        }
        if let total = file.cost.total, total.value < 0 {
            sink.error("cost.total is \(total.value); expected whole kronor, 0 or more", at: total.location)
        }
        if let share = file.cost.regionShare {
            if share.value < 0 {
                sink.error("cost.region_share is \(share.value); expected whole kronor, 0 or more", at: share.location)
            } else if let total = file.cost.total, total.value >= 0, share.value > total.value {
                sink.error(
                    "cost.region_share (\(share.value)) is larger than cost.total (\(total.value)); the region's share must fit in the total",
                    at: share.location)
            }
        }
        if let scope = file.coordinator.scopePercent, !(0...100).contains(scope.value) {
            sink.error(
                "coordinator.scope_percent is \(scope.value.formatted()); expected a percentage from 0 to 100",
                at: scope.location)
        }
        let date = file.population.date
        if !date.value.isEmpty, ISODate(date.value) == nil {
            sink.error(
                "population.date '\(date.value)' is not a valid date; expected YYYY-MM-DD, e.g. 2024-12-31",
                at: date.location)
        }
        if let date = file.agreement.date, ISODate(date.value) == nil {
            sink.error(.agreementDateInvalid(date.value), at: date.location)
        }
    }
}
