import FCConfig

/// The coordinator's term, scope, tasks and cost sharing (Bilaga 2, "Mall – Avtal samordnare").
enum CoordinatorRules {
    static func check(_ file: CentreFile, sink: DiagnosticSink) {
        let coordinator = file.coordinator
        if let date = coordinator.startDate, ISODate(date.value) == nil {
            sink.error(
                "start_date '\(date.value)' is not a valid date; expected YYYY-MM-DD, e.g. 2026-01-01",
                at: date.location)
        }
        if let years = coordinator.termYears, !(1...10).contains(years.value) {
            sink.error("term_years is \(years.value); expected 1 to 10 years", at: years.location)
        }
        if let months = coordinator.noticeMonths, !(1...24).contains(months.value) {
            sink.error("coordinator notice_months is \(months.value); expected 1 to 24 months", at: months.location)
        }
        if let hours = coordinator.scopeHoursPerWeek, !(hours.value > 0 && hours.value <= 40) {
            sink.error(
                "scope_hours_per_week is \(hours.value.formatted()); expected more than 0 and at most 40 hours",
                at: hours.location)
        }
        if let hours = coordinator.scopeHoursPerWeek, coordinator.scopePercent != nil {
            sink.error(
                "give the coordinator's scope either as scope_percent or as scope_hours_per_week, not both",
                at: hours.location)
        }
        for person in coordinator.persons {
            if let scope = person.scopePercent, !(0...100).contains(scope.value) {
                sink.error(
                    "scope_percent of coordinator '\(person.name.value)' is \(scope.value.formatted()); expected a percentage from 0 to 100",
                    at: scope.location)
            }
        }
        checkScopesAddUp(coordinator, sink: sink)
        checkTasks(coordinator.tasks, sink: sink)
        if let cost = coordinator.cost { checkCost(cost, file: file, sink: sink) }
    }

    /// The coordinators' own shares must make up the whole assignment when both are given.
    static func checkScopesAddUp(_ coordinator: Coordinator, sink: DiagnosticSink) {
        let own = coordinator.persons.compactMap(\.scopePercent)
        guard let total = coordinator.scopePercent, let first = own.first,
            (0...100).contains(total.value), own.allSatisfy({ (0...100).contains($0.value) })
        else { return }
        let sum = own.reduce(0) { $0 + $1.value }
        let complete = own.count == coordinator.persons.count
        guard complete ? abs(sum - total.value) > 0.001 : sum > total.value + 0.001 else { return }
        let names = coordinator.persons.filter { $0.scopePercent != nil }.map { "'\($0.name.value)'" }.joined(
            separator: " + ")
        let parts = own.map { $0.value.formatted() }.joined(separator: " + ")
        let relation = complete ? "do not add up to" : "exceed"
        sink.error(
            "the coordinators' own scopes (\(names): \(parts) = \(sum.formatted()) %) \(relation) scope_percent "
                + "\(total.value.formatted()) %; change the total or the persons' scopes", at: total.location,
            notes: own.map { Diagnostic.Note(at: $0.location, "a coordinator's own scope: \($0.value.formatted()) %") })
    }

    static func checkTasks(_ selection: TaskSelection, sink: DiagnosticSink) {
        var seen: Set<String> = []
        for key in selection.keys {
            let current = CoordinatorTasks.currentKey(key.value)
            if !CoordinatorTasks.allKeys.contains(current) {
                sink.error(
                    "unknown coordinator task '\(key.value)'\(Suggestion.hint(for: key.value, in: CoordinatorTasks.allKeys)); "
                        + "'fcdoc tasks' lists every task key", at: key.location)
            } else if !seen.insert(current).inserted {
                sink.warning(
                    current == key.value
                        ? "coordinator task '\(key.value)' is listed twice"
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
        // With a party id used twice, an unknown name here is a note on that error (ReferenceRules).
        let idsAreUnique = ReferenceRules.duplicateIDs(file).isEmpty
        var seen: Set<String> = []
        for party in cost.order {
            if !ids.contains(party.value) {
                guard idsAreUnique else { continue }
                sink.error(
                    "the rotation order names '\(party.value)', which is not declared under 'parties'\(Suggestion.hint(for: party.value, in: ids)); declared: "
                        + ids.joined(separator: ", "), at: party.location)
            } else if !seen.insert(party.value).inserted {
                sink.error("'\(party.value)' appears twice in the rotation order", at: party.location)
            }
        }
        if cost.method?.value == .equal, let first = cost.order.first {
            sink.warning(
                "'order' is only used when method is 'rotating'; it is ignored for 'equal'", at: first.location)
        }
        if (cost.method?.value ?? .rotating) == .rotating { checkEveryoneTakesATurn(cost, file: file, sink: sink) }
    }

    /// One party carries the cost each year: over a term with fewer years than parties, some never do.
    static func checkEveryoneTakesATurn(_ cost: CoordinatorCost, file: CentreFile, sink: DiagnosticSink) {
        let order = cost.rotationOrder(in: file)
        let term = CoordinatorTerm(file.coordinator)
        guard Set(order).count == order.count, (1...10).contains(term.years), term.payingYears < order.count else {
            return
        }
        let never = order[term.payingYears...].map { "'\($0)'" }
        let years = term.payingYears == 1 ? "1 year" : "\(term.payingYears) years"
        sink.warning(
            "the cost rotates over \(order.count) parties, but the term covers only \(years), so "
                + never.joined(separator: " and ") + (never.count == 1 ? " never pays" : " never pay")
                + "; lengthen term_years, change the order or choose method 'equal'",
            at: cost.method?.location ?? cost.location)
    }
}

extension Double {
    func formatted() -> String {
        self == rounded() ? String(Int(self)) : String(self)
    }
}
