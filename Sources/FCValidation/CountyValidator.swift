import FCConfig

/// The rules a county file must meet: a safe id, unique municipalities with real populations,
/// a cost the region's share fits into, a valid reference date.
public enum CountyValidator {
    public static func validate(_ file: CountyFile, into sink: DiagnosticSink) {
        let id = file.county.id
        if !id.value.isEmpty, !IdentifierRules.isSafe(id.value) {
            sink.error(.countyIDUnsafe(id.value, suggestion: IdentifierRules.suggestedID(id.value)), at: id.location)
        }
        var seen: [String: SourceLocation] = [:]
        for municipality in file.municipalities {
            let name = municipality.name.value
            if !name.isEmpty {
                if let first = seen[name.lowercased()] {
                    sink.error(
                        .municipalityTwice(name), at: municipality.name.location,
                        notes: [Diagnostic.Note(at: first, .municipalityFirstListed(name))])
                } else {
                    seen[name.lowercased()] = municipality.name.location
                }
            }
            if let population = municipality.population, population.value <= 0 {
                sink.error(.populationNotPositive(name, value: population.value), at: population.location)
            }
        }
        if let total = file.cost.total, total.value < 0 {
            sink.error(.negativeKronor("cost.total", value: total.value), at: total.location)
        }
        if let share = file.cost.regionShare {
            if share.value < 0 {
                sink.error(.negativeKronor("cost.region_share", value: share.value), at: share.location)
            } else if let total = file.cost.total, total.value >= 0, share.value > total.value {
                sink.error(.regionShareAboveTotal(share.value, total: total.value), at: share.location)
            }
        }
        if let scope = file.coordinator.scopePercent, !(0...100).contains(scope.value) {
            sink.error(.percentOutOfRange("coordinator.scope_percent", value: scope.value), at: scope.location)
        }
        let date = file.population.date
        if !date.value.isEmpty, ISODate(date.value) == nil {
            sink.error(.invalidDate("population.date", value: date.value, example: "2024-12-31"), at: date.location)
        }
        if let date = file.agreement.date, ISODate(date.value) == nil {
            sink.error(.agreementDateInvalid(date.value), at: date.location)
        }
    }
}
