import FCConfig

/// The coordinator's term, scope, tasks and cost sharing (Bilaga 2, "Mall – Avtal samordnare").
enum CoordinatorRules {
    static func check(_ file: CentreFile, sink: DiagnosticSink) {
        let coordinator = file.coordinator
        if let date = coordinator.startDate, ISODate(date.value) == nil {
            sink.error("start_date '\(date.value)' is not a valid date; expected YYYY-MM-DD, e.g. 2026-01-01",
                       at: date.location)
        }
        if let years = coordinator.termYears, !(1...10).contains(years.value) {
            sink.error("term_years is \(years.value); expected 1 to 10 years", at: years.location)
        }
        if let months = coordinator.noticeMonths, !(1...24).contains(months.value) {
            sink.error("coordinator notice_months is \(months.value); expected 1 to 24 months", at: months.location)
        }
        if let hours = coordinator.scopeHoursPerWeek, !(hours.value > 0 && hours.value <= 40) {
            sink.error("scope_hours_per_week is \(hours.value.formatted()); expected more than 0 and at most 40 hours",
                       at: hours.location)
        }
        if let hours = coordinator.scopeHoursPerWeek, coordinator.scopePercent != nil {
            sink.error("give the coordinator's scope either as scope_percent or as scope_hours_per_week, not both",
                       at: hours.location)
        }
        for person in coordinator.persons {
            if let scope = person.scopePercent, !(0...100).contains(scope.value) {
                sink.error("scope_percent of coordinator '\(person.name.value)' is \(scope.value.formatted()); expected a percentage from 0 to 100",
                           at: scope.location)
            }
        }
        checkTasks(coordinator.tasks, sink: sink)
        if let cost = coordinator.cost { checkCost(cost, file: file, sink: sink) }
    }

    static func checkTasks(_ selection: TaskSelection, sink: DiagnosticSink) {
        var seen: Set<String> = []
        for key in selection.keys {
            let current = CoordinatorTasks.currentKey(key.value)
            if !CoordinatorTasks.allKeys.contains(current) {
                sink.error("unknown coordinator task '\(key.value)'\(Suggestion.hint(for: key.value, in: CoordinatorTasks.allKeys)); "
                           + "'fcdoc tasks' lists every task key", at: key.location)
            } else if !seen.insert(current).inserted {
                sink.warning(current == key.value ? "coordinator task '\(key.value)' is listed twice"
                                 : "coordinator task '\(key.value)' is part of '\(current)', which is already listed",
                             at: key.location)
            }
        }
    }

    static func checkCost(_ cost: CoordinatorCost, file: CentreFile, sink: DiagnosticSink) {
        if let annual = cost.annualCost, annual.value < 0 {
            sink.error("annual_cost is \(annual.value); expected whole kronor, 0 or more", at: annual.location)
        }
        let ids = file.parties.map(\.id.value)
        var seen: Set<String> = []
        for party in cost.order {
            if !ids.contains(party.value) {
                sink.error("the rotation order names '\(party.value)', which is not declared under 'parties'\(Suggestion.hint(for: party.value, in: ids)); declared: "
                           + ids.joined(separator: ", "), at: party.location)
            } else if !seen.insert(party.value).inserted {
                sink.error("'\(party.value)' appears twice in the rotation order", at: party.location)
            }
        }
        if cost.method?.value == .equal, let first = cost.order.first {
            sink.warning("'order' is only used when method is 'rotating'; it is ignored for 'equal'", at: first.location)
        }
    }
}

extension Double {
    func formatted() -> String {
        self == rounded() ? String(Int(self)) : String(self)
    }
}
