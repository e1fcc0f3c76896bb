import FCConfig
import FCCostSharing
import FCDocument

/// The values the `samordnaravtal` template sees: the coordinator contract of seed 004's
/// "Mall – Avtal samordnare", with the tasks a centre chose from the catalogue.
public enum CoordinatorContext {
    public static let defaultNoticeMonths = 3

    public struct Values: TemplateValues {
        public var title: String
        public var centre: AgreementContext.Centre
        public var appointedBy: String
        public var persons: [Person]
        public var hasPersons: Bool
        /// The whole assignment: "50 % av en heltid" or "20 timmar per vecka".
        public var scopeText: String
        public var hasScope: Bool
        /// "tre år".
        public var termText: String
        public var hasStart: Bool
        public var startDateText, endDateText: String
        public var noticePeriodText: String
        /// The body the coordinator reports to and that decides on the proposals: "styrgruppen"
        /// where the centre sets up a steering group, else "ledningsgruppen".
        public var decidingBody: String
        public var disputeBody: String
        public var taskGroups: [TaskGroup]
        public var ownTasks: [String]
        public var hasOwnTasks: Bool
        public var cost: Cost?
        /// The number of copies rendered, in words.
        public var copiesText: String
        public var signatories: [AgreementContext.SignatoryValues]

        public static var fields: [TemplateField<Self>] {
            [
                .text("title", \.title), .record("centre", \.centre), .text("appointed_by", \.appointedBy),
                .list("persons", \.persons), .flag("has_persons", \.hasPersons), .text("scope_text", \.scopeText),
                .flag("has_scope", \.hasScope), .text("term_text", \.termText), .flag("has_start", \.hasStart),
                .text("start_date_text", \.startDateText), .text("end_date_text", \.endDateText),
                .text("notice_period_text", \.noticePeriodText), .text("deciding_body", \.decidingBody),
                .text("dispute_body", \.disputeBody),
                .list("task_groups", \.taskGroups), .texts("own_tasks", \.ownTasks),
                .flag("has_own_tasks", \.hasOwnTasks), .optional("cost", \.cost), .text("copies_text", \.copiesText),
                .list("signatories", \.signatories),
            ]
        }
    }

    public struct Person: TemplateValues {
        public var name, profession: String
        public var hasProfession: Bool
        public var party: String
        public var scopeText: String
        public var hasScope: Bool
        /// Where and when the coordinator signs: as the signatories of the coordinator's party.
        public var place, dateText: String

        public static var fields: [TemplateField<Self>] {
            [
                .text("name", \.name), .text("profession", \.profession), .flag("has_profession", \.hasProfession),
                .text("party", \.party), .text("scope_text", \.scopeText), .flag("has_scope", \.hasScope),
                .text("place", \.place), .text("date_text", \.dateText),
            ]
        }
    }

    public struct TaskGroup: TemplateValues {
        public var heading: String
        public var hasHeading: Bool
        public var tasks: [String]

        public static var fields: [TemplateField<Self>] {
            [.text("heading", \.heading), .flag("has_heading", \.hasHeading), .texts("tasks", \.tasks)]
        }
    }

    public struct Cost: TemplateValues {
        public var isEqual, isRotating, hasAmount: Bool
        public var annualCostText: String
        /// Equal parts: every party's share and the sum.
        public var shares: [Share]
        public var totalText: String
        /// Yearly turns: the order and who pays which year of the term.
        public var orderText: String
        public var hasSchedule: Bool
        public var schedule: [Turn]

        public static var fields: [TemplateField<Self>] {
            [
                .flag("is_equal", \.isEqual), .flag("is_rotating", \.isRotating), .flag("has_amount", \.hasAmount),
                .text("annual_cost_text", \.annualCostText), .list("shares", \.shares),
                .text("total_text", \.totalText), .text("order_text", \.orderText),
                .flag("has_schedule", \.hasSchedule), .list("schedule", \.schedule),
            ]
        }
    }

    public struct Share: TemplateValues {
        public var party, amountText: String

        public static var fields: [TemplateField<Self>] {
            [.text("party", \.party), .text("amount_text", \.amountText)]
        }
    }

    public struct Turn: TemplateValues {
        public var year, party, amountText: String

        public static var fields: [TemplateField<Self>] {
            [.text("year", \.year), .text("party", \.party), .text("amount_text", \.amountText)]
        }
    }

    public static func title(for file: CentreFile) -> String {
        "Avtal om samordnare för \(file.centre.name.value) i \(file.centre.municipality.value)"
    }

    /// - Parameters:
    ///   - file: the checked centre file.
    ///   - copies: the number of copies rendered; the sentence on copies says it.
    /// - Returns: the values the samordnaravtal template reads.
    /// - Throws: when the cost cannot be shared between the parties (`CostSharing`).
    public static func make(_ file: CentreFile, copies: Int) throws -> Values {
        let coordinator = file.coordinator
        let noticeMonths = coordinator.noticeMonths?.value ?? defaultNoticeMonths
        let term = CoordinatorTerm(coordinator)
        return Values(
            title: title(for: file),
            centre: AgreementContext.centre(file),
            appointedBy: coordinator.appointedBy?.value ?? AgreementContext.defaultAppointedBy,
            persons: coordinator.persons.map { person(file, $0) },
            hasPersons: !coordinator.persons.isEmpty,
            scopeText: scopeText(coordinator) ?? "",
            hasScope: scopeText(coordinator) != nil,
            termText: termText(term),
            hasStart: term.start != nil,
            startDateText: term.start?.swedish ?? "",
            endDateText: term.end?.swedish ?? "",
            noticePeriodText: SwedishText.months(noticeMonths),
            decidingBody: file.steeringGroup == nil ? "ledningsgruppen" : "styrgruppen",
            disputeBody: AgreementContext.disputeBody(file),
            taskGroups: taskGroups(coordinator.tasks, hasSteeringGroup: file.steeringGroup != nil),
            ownTasks: coordinator.ownTasks.map(\.value),
            hasOwnTasks: !coordinator.ownTasks.isEmpty,
            cost: try coordinator.cost.map { try costValues($0, file: file, term: term) },
            copiesText: AgreementContext.copiesText(copies),
            signatories: file.signatories.map { AgreementContext.signatory(file, $0) })
    }

    /// "tre år".
    static func termText(_ term: CoordinatorTerm) -> String {
        SwedishText.number(term.years, neuter: true) + " år"
    }

    static func person(_ file: CentreFile, _ person: CoordinatorPerson) -> Person {
        let place = (file.signatories.first { $0.party.value == person.party.value } ?? file.signatories.first)?.place
            .value
        return Person(
            name: person.name.value, profession: person.profession?.value ?? "",
            hasProfession: person.profession != nil,
            party: AgreementContext.partyName(file, person.party.value),
            scopeText: person.scopePercent.map { AgreementContext.percentOfFullTime($0.value) } ?? "",
            hasScope: person.scopePercent != nil,
            place: place ?? "", dateText: AgreementContext.signingDate(file))
    }

    static func scopeText(_ coordinator: Coordinator) -> String? {
        if let percent = coordinator.scopePercent {
            return AgreementContext.percentOfFullTime(percent.value)
        }
        if let hours = coordinator.scopeHoursPerWeek {
            return "\(SwedishNumber.decimal(hours.value)) timmar per vecka"
        }
        return nil
    }

    /// The chosen tasks, in the catalogue's groups and order, worded for a centre with or without
    /// a steering group.
    static func taskGroups(_ selection: TaskSelection, hasSteeringGroup: Bool) -> [TaskGroup] {
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
            let tasks = group.tasks.filter { chosen($0.key) }.map { $0.text(hasSteeringGroup: hasSteeringGroup) }
            guard !tasks.isEmpty else { return nil }
            return TaskGroup(heading: group.heading ?? "", hasHeading: group.heading != nil, tasks: tasks)
        }
    }

    static func costValues(_ cost: CoordinatorCost, file: CentreFile, term: CoordinatorTerm) throws -> Cost {
        let annual = cost.annualCost?.value
        let method = cost.method?.value ?? .rotating
        var values = Cost(
            isEqual: method == .equal, isRotating: method == .rotating, hasAmount: annual != nil,
            annualCostText: annual.map(SwedishNumber.kronor) ?? "", shares: [], totalText: "",
            orderText: "", hasSchedule: false, schedule: [])
        switch method {
        case .equal:
            let shares = try CostSharingFailure.translating {
                try CostSharing.equal(total: annual ?? 0, payers: file.parties.map(\.id.value))
            }
            values.shares = shares.map {
                Share(
                    party: AgreementContext.partyDisplayName(file, $0.payer),
                    amountText: SwedishNumber.kronor($0.amount))
            }
            values.totalText = SwedishNumber.kronor(shares.reduce(0) { $0 + $1.amount })
        case .rotating:
            let order = cost.rotationOrder(in: file)
            values.orderText = SwedishText.list(order.map { AgreementContext.partyDisplayName(file, $0) })
            if let start = term.start, let end = term.end {
                values.hasSchedule = true
                values.schedule = CostSharing.rotating(
                    total: annual ?? 0, order: order, firstYear: start.year,
                    lastYear: end.year
                ).map { turn in
                    Turn(
                        year: String(turn.year), party: AgreementContext.partyDisplayName(file, turn.payer),
                        amountText: annual == nil ? "hela kostnaden" : SwedishNumber.kronor(turn.amount))
                }
            }
        }
        return values
    }
}
