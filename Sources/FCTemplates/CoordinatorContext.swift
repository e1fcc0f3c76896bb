import FCConfig
import FCDocument
import FCCostSharing

/// The values the `samordnaravtal` template sees: the coordinator contract of seed 004's
/// "Mall – Avtal samordnare", with the tasks a centre chose from the catalogue.
public enum CoordinatorContext {
    public static let defaultTermYears = 3
    public static let defaultNoticeMonths = 3

    public static func title(for file: CentreFile) -> String {
        "Avtal om samordnare för \(file.centre.name.value) i \(file.centre.municipality.value)"
    }

    public static func make(_ file: CentreFile) throws -> [String: Any] {
        let coordinator = file.coordinator
        let termYears = coordinator.termYears?.value ?? defaultTermYears
        let noticeMonths = coordinator.noticeMonths?.value ?? defaultNoticeMonths
        let start = coordinator.startDate.flatMap { ISODate($0.value) }
        let end = start?.termEnd(years: termYears)
        var context: [String: Any] = [
            "title": title(for: file),
            "centre": AgreementContext.centre(file),
            "appointed_by": coordinator.appointedBy?.value ?? AgreementContext.defaultAppointedBy,
            "persons": coordinator.persons.map { person(file, $0) },
            "has_persons": !coordinator.persons.isEmpty,
            "scope_text": scopeText(coordinator) ?? "",
            "has_scope": scopeText(coordinator) != nil,
            "term_text": SwedishText.number(termYears, neuter: true) + " år",
            "has_start": start != nil,
            "start_date_text": start?.description ?? "",
            "end_date_text": end?.description ?? "",
            "notice_period_text": SwedishText.months(noticeMonths),
            "dispute_body": file.agreement.disputeBody?.value ?? AgreementContext.defaultDisputeBody,
            "task_groups": taskGroups(coordinator.tasks),
            "own_tasks": coordinator.ownTasks.map(\.value),
            "has_own_tasks": !coordinator.ownTasks.isEmpty,
            "copies_text": SwedishText.number(AgreementContext.copies(for: file), neuter: true),
            "signatories": file.signatories.map { AgreementContext.signatory(file, $0) },
        ]
        if let cost = coordinator.cost {
            context["cost"] = try costContext(cost, file: file, start: start, end: end)
        }
        return context
    }

    static func person(_ file: CentreFile, _ person: CoordinatorPerson) -> [String: Any] {
        [
            "name": person.name.value,
            "profession": person.profession?.value ?? "",
            "has_profession": person.profession != nil,
            "party": AgreementContext.partyName(file, person.party.value),
            "scope_text": person.scopePercent.map { "\(SwedishNumber.decimal($0.value)) % av en heltid" } ?? "",
            "has_scope": person.scopePercent != nil,
        ]
    }

    static func scopeText(_ coordinator: Coordinator) -> String? {
        if let percent = coordinator.scopePercent {
            return "\(SwedishNumber.decimal(percent.value)) % av en heltid"
        }
        if let hours = coordinator.scopeHoursPerWeek {
            return "\(SwedishNumber.decimal(hours.value)) timmar per vecka"
        }
        return nil
    }

    /// The chosen tasks, in the catalogue's groups and order.
    static func taskGroups(_ selection: TaskSelection) -> [[String: Any]] {
        let chosen: (String) -> Bool
        switch selection {
        case .all:
            chosen = { _ in true }
        case .only(let keys):
            let set = Set(keys.map { CoordinatorTasks.currentKey($0.value) })
            chosen = { set.contains($0) }
        case .allExcept(let keys):
            let set = Set(keys.map { CoordinatorTasks.currentKey($0.value) })
            chosen = { !set.contains($0) }
        }
        return CoordinatorTasks.groups.compactMap { group in
            let tasks = group.tasks.filter { chosen($0.key) }.map(\.text)
            guard !tasks.isEmpty else { return nil }
            return ["heading": group.heading ?? "", "has_heading": group.heading != nil, "tasks": tasks]
        }
    }

    static func costContext(_ cost: CoordinatorCost, file: CentreFile, start: ISODate?, end: ISODate?) throws -> [String: Any] {
        let annual = cost.annualCost?.value
        let method = cost.method?.value ?? .rotating
        var context: [String: Any] = [
            "is_equal": method == .equal,
            "is_rotating": method == .rotating,
            "has_amount": annual != nil,
            "annual_cost_text": annual.map(SwedishNumber.kronor) ?? "",
        ]
        switch method {
        case .equal:
            let payers = file.parties.map(\.id.value)
            let shares = try CostSharing.equal(total: annual ?? 0, payers: payers)
            context["shares"] = shares.map { share in
                ["party": AgreementContext.partyDisplayName(file, share.payer), "amount_text": SwedishNumber.kronor(share.amount)]
            }
            context["total_text"] = SwedishNumber.kronor(shares.reduce(0) { $0 + $1.amount })
        case .rotating:
            let order = cost.order.isEmpty ? file.parties.map(\.id.value) : cost.order.map(\.value)
            context["order_text"] = SwedishText.list(order.map { AgreementContext.partyDisplayName(file, $0) })
            if let start, let end {
                let turns = CostSharing.rotating(total: annual ?? 0, order: order, firstYear: start.year, lastYear: end.year)
                context["schedule"] = turns.map { turn in
                    ["year": String(turn.year), "party": AgreementContext.partyDisplayName(file, turn.payer),
                     "amount_text": annual == nil ? "hela kostnaden" : SwedishNumber.kronor(turn.amount)]
                }
                context["has_schedule"] = true
            } else {
                context["has_schedule"] = false
            }
        }
        return context
    }
}
