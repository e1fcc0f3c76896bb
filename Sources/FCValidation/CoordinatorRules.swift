import FCConfig

/// The coordinator's term, scope, tasks and cost sharing (Bilaga 2, "Mall – Avtal samordnare").
enum CoordinatorRules {
    static func check(_ file: CentreFile, sink: DiagnosticSink) {
        let coordinator = file.coordinator
        if let date = coordinator.startDate, ISODate(date.value) == nil {
            sink.error(.invalidDate("start_date", value: date.value, example: "2026-01-01"), at: date.location)
        }
        if let years = coordinator.termYears, !(1...10).contains(years.value) {
            sink.error(.outOfRange("term_years", value: years.value, from: 1, to: 10, unit: .years), at: years.location)
        }
        if let months = coordinator.noticeMonths, !(1...24).contains(months.value) {
            sink.error(
                .outOfRange("notice_months", value: months.value, from: 1, to: 24, unit: .months, coordinators: true),
                at: months.location)
        }
        if let hours = coordinator.scopeHoursPerWeek, !(hours.value > 0 && hours.value <= 40) {
            sink.error(.hoursOutOfRange(hours.value), at: hours.location)
        }
        if let hours = coordinator.scopeHoursPerWeek, coordinator.scopePercent != nil {
            sink.error(.scopeGivenTwice, at: hours.location)
        }
        for person in coordinator.persons {
            if let scope = person.scopePercent, !(0...100).contains(scope.value) {
                sink.error(.personPercentOutOfRange(person.name.value, value: scope.value), at: scope.location)
            }
        }
        checkScopesAddUp(coordinator, sink: sink)
        checkTasks(coordinator.tasks, sink: sink)
        if let cost = coordinator.cost { checkCost(cost, file: file, sink: sink) }
    }

    /// The coordinators' own shares must make up the whole assignment when both are given.
    static func checkScopesAddUp(_ coordinator: Coordinator, sink: DiagnosticSink) {
        let own = coordinator.persons.compactMap(\.scopePercent)
        guard let total = coordinator.scopePercent, !own.isEmpty,
            (0...100).contains(total.value), own.allSatisfy({ (0...100).contains($0.value) })
        else { return }
        let sum = own.reduce(0) { $0 + $1.value }
        let complete = own.count == coordinator.persons.count
        guard complete ? abs(sum - total.value) > 0.001 : sum > total.value + 0.001 else { return }
        let names = coordinator.persons.filter { $0.scopePercent != nil }.map(\.name.value)
        sink.error(
            .scopesDoNotAddUp(names: names, scopes: own.map(\.value), total: total.value, complete: complete),
            at: total.location, notes: own.map { Diagnostic.Note(at: $0.location, .ownScope($0.value)) })
    }

    static func checkTasks(_ selection: TaskSelection, sink: DiagnosticSink) {
        var seen: Set<String> = []
        for key in selection.keys {
            let current = CoordinatorTasks.currentKey(key.value)
            if !CoordinatorTasks.allKeys.contains(current) {
                sink.error(
                    .unknownTask(
                        key.value, suggestion: Suggestion.closest(to: key.value, in: CoordinatorTasks.allKeys)),
                    at: key.location)
            } else if !seen.insert(current).inserted {
                sink.warning(
                    current == key.value ? .taskListedTwice(key.value) : .taskPartOfListed(key.value, whole: current),
                    at: key.location)
            }
        }
    }

    static func checkCost(_ cost: CoordinatorCost, file: CentreFile, sink: DiagnosticSink) {
        if let annual = cost.annualCost, annual.value < 0 {
            sink.error(.negativeKronor("annual_cost", value: annual.value), at: annual.location)
        }
        let ids = file.parties.map(\.id.value)
        // With a party id used twice, an unknown name here is a note on that error (ReferenceRules).
        let idsAreUnique = ReferenceRules.duplicateIDs(file).isEmpty
        var seen: Set<String> = []
        for party in cost.order {
            if !ids.contains(party.value) {
                guard idsAreUnique else { continue }
                sink.error(
                    .rotationUnknownParty(
                        party.value, suggestion: Suggestion.closest(to: party.value, in: ids), declared: ids),
                    at: party.location)
            } else if !seen.insert(party.value).inserted {
                sink.error(.rotationTwice(party.value), at: party.location)
            }
        }
        if cost.method?.value == .equal, let first = cost.order.first {
            sink.warning(.orderIgnored, at: first.location)
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
        sink.warning(
            .neverPays(parties: order.count, years: term.payingYears, never: Array(order[term.payingYears...])),
            at: cost.method?.location ?? cost.location)
    }
}
