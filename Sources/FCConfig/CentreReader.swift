import FCText
import Yams

/// Maps the YAML tree of a centre file onto `CentreFile`, key by key.
struct CentreReader {
    let source: YAMLSource
    let sink: DiagnosticSink
    var file: String { source.file }

    static let topKeys = [
        "fcdoc", "kind", "centre", "parties", "responsibilities", "psychological_competence",
        "steering_group", "management_group", "coordinator", "follow_up", "budget",
        "agreement", "signatories", "coordination_function", "profile",
    ]
    static let centreKeys = ["id", "name", "municipality", "region", "county", "address", "catchment_area", "premises"]
    static let partyKeys = ["id", "type", "organisation", "unit", "services", "logo"]
    static let personKeys = ["name", "title", "party"]
    static let groupKeys = ["members", "duties"]
    static let coordinatorKeys = [
        "appointed_by", "scope_percent", "scope_hours_per_week", "persons", "start_date",
        "term_years", "notice_months", "tasks", "own_tasks", "cost_sharing", "diarienummer",
    ]
    static let coordinatorPersonKeys = ["name", "party", "profession", "scope_percent"]
    static let costKeys = ["method", "annual_cost", "order"]
    static let followUpKeys = ["report_due"]
    static let coordinationFunctionKeys = ["organised_at"]
    static let agreementKeys = [
        "notice_months", "dispute_body", "copies", "signing_date", "diarienummer", "appendix_to",
    ]
    static let signatoryKeys = ["name", "title", "party", "organisation", "place"]
    /// What a party's `services` lists.
    static let services = Phrase(sv: "verksamheter", en: "services")

    func read(_ root: Node) -> CentreFile? {
        guard let top = MappingReader(root, path: "", known: Self.topKeys, source: source, sink: sink) else {
            return nil
        }
        let unknown = Located("", at: top.location)
        let centre = top.mapping("centre", known: Self.centreKeys).map(readCentre)
        let parties = (top.list("parties", expected: Phrase(sv: "parter (huvudmän)", en: "parties (huvudmän)")) ?? [])
            .compactMap(readParty)
        return CentreFile(
            path: file,
            centre: centre
                ?? CentreInfo(
                    id: unknown, name: unknown, municipality: unknown, region: unknown,
                    county: unknown, address: unknown),
            parties: parties,
            responsibilities: readResponsibilities(top),
            psychologicalCompetence: top.text("psychological_competence", required: false),
            steeringGroup: top.mapping("steering_group", known: Self.groupKeys, required: false).map(readGroup),
            managementGroup: top.mapping("management_group", known: Self.groupKeys).map(readGroup)
                ?? Group(location: top.location, members: [], duties: []),
            coordinator: readCoordinator(top.mapping("coordinator", known: Self.coordinatorKeys, required: false)),
            followUp: FollowUp(
                reportDue: top.mapping("follow_up", known: Self.followUpKeys, required: false)?
                    .token("report_due", required: false)),
            budget: top.text("budget", required: false),
            coordinationFunction: CoordinationFunction(
                organisedAt: top.mapping(
                    "coordination_function", known: Self.coordinationFunctionKeys, required: false)?
                    .text("organised_at", required: false)),
            agreement: readAgreement(top.mapping("agreement", known: Self.agreementKeys, required: false)),
            signatories: (top.list("signatories", expected: Phrase(sv: "personer som skriver under", en: "signatories"))
                ?? []).compactMap(readSignatory),
            profile: top.token("profile", required: false)
        )
    }

    private func readCentre(_ map: MappingReader) -> CentreInfo {
        let unknown = Located("", at: map.location)
        return CentreInfo(
            id: map.token("id") ?? unknown,
            name: map.text("name") ?? unknown,
            municipality: map.text("municipality") ?? unknown,
            region: map.text("region") ?? unknown,
            county: map.text("county") ?? unknown,
            address: map.text("address") ?? unknown,
            catchmentArea: map.text("catchment_area", required: false),
            premises: map.text("premises", required: false))
    }

    private func readParty(_ item: (node: Node, path: String)) -> Party? {
        guard let map = MappingReader(item.node, path: item.path, known: Self.partyKeys, source: source, sink: sink)
        else {
            return nil
        }
        let unknown = Located("", at: map.location)
        let type: Located<PartyType>? = map.choice("type")
        var services: [Located<Service>] = []
        var unknownServices: [Located<String>] = []
        let entries = map.list("services", expected: Self.services)
        if entries == nil, let node = map.node("services", required: false, expected: .list(of: Self.services)),
            let text = node.scalar?.string
        {
            // "mödrahälsovård, barnhälsovård" on one line: reported as not a list, but named.
            unknownServices = text.split(separator: ",").map {
                Located($0.trimmingSpaces(), at: node.location(in: file))
            }
        }
        for entry in entries ?? [] {
            guard case .scalar(let scalar) = entry.node, !entry.node.isNull else {
                sink.error(.notAServiceName(entry.path, found: entry.node.found), at: entry.node.location(in: file))
                continue
            }
            if let service = Service(configName: scalar.string) {
                services.append(Located(service, at: entry.node.location(in: file)))
            } else {
                unknownServices.append(Located(scalar.string, at: entry.node.location(in: file)))
                sink.error(
                    .unknownService(
                        scalar.string, under: nil,
                        suggestion: Suggestion.closest(to: scalar.string, in: Service.acceptedNames),
                        known: Service.acceptedNames),
                    at: entry.node.location(in: file))
            }
        }
        return Party(
            location: map.location, id: map.token("id") ?? unknown, type: type,
            organisation: map.text("organisation") ?? unknown, unit: map.text("unit") ?? unknown,
            services: services, logo: map.token("logo", required: false), unknownServices: unknownServices)
    }

    private func readResponsibilities(_ top: MappingReader) -> [Service: [Located<String>]] {
        let names = Service.acceptedNames
        guard
            let node = top.node(
                "responsibilities", required: false,
                expected: Phrase(sv: "verksamheter med listor av uppgifter", en: "a mapping of services to lists"))
        else {
            return [:]
        }
        guard case .mapping(let mapping) = node else {
            sink.error(.responsibilitiesNotAMapping(found: node.found), at: node.location(in: file))
            return [:]
        }
        var result: [Service: [Located<String>]] = [:]
        for (keyNode, value) in mapping {
            let key = keyNode.scalar?.string ?? ""
            guard let service = Service(configName: key) else {
                sink.error(
                    .unknownService(
                        key, under: "responsibilities", suggestion: Suggestion.closest(to: key, in: names), known: names
                    ),
                    at: keyNode.location(in: file))
                continue
            }
            if let duties = top.texts(in: value, path: "responsibilities.\(key)") {
                result[service, default: []] += duties
            }
        }
        return result
    }

    private func readPerson(_ item: (node: Node, path: String)) -> Person? {
        guard let map = MappingReader(item.node, path: item.path, known: Self.personKeys, source: source, sink: sink)
        else {
            return nil
        }
        let unknown = Located("", at: map.location)
        return Person(
            location: map.location, name: map.text("name") ?? unknown, title: map.text("title") ?? unknown,
            party: map.token("party") ?? unknown)
    }

    private func readGroup(_ map: MappingReader) -> Group {
        Group(
            location: map.location,
            members: (map.list(
                "members", expected: Phrase(sv: "medlemmar (name, title, party)", en: "members (name, title, party)"))
                ?? []).compactMap(readPerson),
            duties: map.textList("duties") ?? [])
    }

    private func readCoordinator(_ map: MappingReader?) -> Coordinator {
        guard let map else {
            return Coordinator(
                appointedBy: nil, scopePercent: nil, scopeHoursPerWeek: nil, persons: [], startDate: nil,
                termYears: nil, noticeMonths: nil, tasks: .all, ownTasks: [], cost: nil)
        }
        let persons: [CoordinatorPerson] =
            (map.list(
                "persons", required: false, expected: Phrase(sv: "personer (name, party)", en: "persons (name, party)"))
            ?? [])
            .compactMap { item in
                guard
                    let person = MappingReader(
                        item.node, path: item.path, known: Self.coordinatorPersonKeys,
                        source: source, sink: sink)
                else { return nil }
                let unknown = Located("", at: person.location)
                return CoordinatorPerson(
                    name: person.text("name") ?? unknown, party: person.token("party") ?? unknown,
                    profession: person.text("profession", required: false),
                    scopePercent: person.number("scope_percent"))
            }
        return Coordinator(
            appointedBy: map.text("appointed_by", required: false),
            scopePercent: map.number("scope_percent"),
            scopeHoursPerWeek: map.number("scope_hours_per_week"),
            persons: persons,
            startDate: map.token("start_date", required: false),
            termYears: map.integer("term_years"),
            noticeMonths: map.integer("notice_months"),
            tasks: readTasks(map),
            ownTasks: map.textList("own_tasks") ?? [],
            cost: map.mapping("cost_sharing", known: Self.costKeys, required: false).map(readCost),
            diarienummer: map.text("diarienummer", required: false))
    }

    /// `tasks: all`, `tasks: [key, …]` or `tasks: {all_except: [key, …]}`; all when left out.
    private func readTasks(_ map: MappingReader) -> TaskSelection {
        guard let node = map.node("tasks", required: false, expected: Message.coordinatorTasksExpected) else {
            return .all
        }
        switch node {
        case .scalar(let scalar) where scalar.string == "all":
            return .all
        case .sequence(let sequence):
            if sequence.isEmpty {
                sink.warning(.coordinatorTasksEmpty, at: node.location(in: file))
            }
            return .only(map.texts(in: node, path: "coordinator.tasks", kind: .token) ?? [])
        case .mapping:
            guard
                let inner = MappingReader(
                    node, path: "coordinator.tasks", known: ["all_except"], source: source, sink: sink),
                let keys = inner.textList("all_except", required: true, kind: .token)
            else { return .all }
            return .allExcept(keys)
        default:
            sink.error(.coordinatorTasksWrong(found: node.found), at: node.location(in: file))
            return .all
        }
    }

    private func readCost(_ map: MappingReader) -> CoordinatorCost {
        let method: Located<CostMethod>? = map.choice("method")
        return CoordinatorCost(
            location: map.location, method: method, annualCost: map.integer("annual_cost"),
            order: map.textList("order", kind: .token) ?? [])
    }

    private func readAgreement(_ map: MappingReader?) -> AgreementTerms {
        guard let map else { return AgreementTerms() }
        return AgreementTerms(
            noticeMonths: map.integer("notice_months"),
            disputeBody: map.text("dispute_body", required: false),
            copies: map.integer("copies"),
            signingDate: map.token("signing_date", required: false),
            diarienummer: map.text("diarienummer", required: false),
            appendixTo: map.text("appendix_to", required: false))
    }

    private func readSignatory(_ item: (node: Node, path: String)) -> Signatory? {
        guard let map = MappingReader(item.node, path: item.path, known: Self.signatoryKeys, source: source, sink: sink)
        else {
            return nil
        }
        let unknown = Located("", at: map.location)
        return Signatory(
            location: map.location, name: map.text("name") ?? unknown, title: map.text("title") ?? unknown,
            party: map.token("party") ?? unknown, organisation: map.text("organisation", required: false),
            place: map.text("place") ?? unknown)
    }
}
