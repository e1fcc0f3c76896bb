import Yams

/// Maps the YAML tree of a county file onto `CountyFile`, key by key.
struct CountyReader {
    let source: YAMLSource
    let sink: DiagnosticSink
    var file: String { source.file }

    static let topKeys = [
        "fcdoc", "kind", "county", "steering_body", "reporting_to", "coordinator", "cost", "population",
        "municipalities", "agreement", "profile",
    ]
    static let agreementKeys = ["diarienummer", "date"]
    static let countyKeys = ["id", "name", "region", "sender"]
    static let coordinatorKeys = ["scope_percent", "placement"]
    static let costKeys = ["total", "region_share"]
    static let populationKeys = ["date", "source"]
    static let municipalityKeys = ["name", "population"]

    func read(_ root: Node) -> CountyFile? {
        guard let top = MappingReader(root, path: "", known: Self.topKeys, source: source, sink: sink) else {
            return nil
        }
        let unknown = Located("", at: top.location)
        let county = top.mapping("county", known: Self.countyKeys)
        let coordinator = top.mapping("coordinator", known: Self.coordinatorKeys)
        let cost = top.mapping("cost", known: Self.costKeys)
        let population = top.mapping("population", known: Self.populationKeys)
        return CountyFile(
            path: file,
            county: CountyInfo(
                id: county?.token("id") ?? unknown, name: county?.text("name") ?? unknown,
                region: county?.text("region") ?? unknown, sender: county?.text("sender", required: false)),
            steeringBody: top.text("steering_body") ?? unknown,
            reportingTo: top.text("reporting_to", required: false),
            coordinator: CountyCoordinator(
                scopePercent: coordinator?.number("scope_percent"),
                placement: coordinator?.text("placement") ?? unknown),
            cost: CountyCost(
                total: cost?.integer("total", required: true),
                regionShare: cost?.integer("region_share", required: true)),
            population: PopulationReference(
                date: population?.token("date") ?? unknown,
                source: population?.text("source") ?? unknown),
            municipalities: (top.list(
                "municipalities",
                expected: Phrase(sv: "kommuner (name, population)", en: "municipalities (name, population)")) ?? [])
                .compactMap(readMunicipality),
            agreement: readAgreement(top.mapping("agreement", known: Self.agreementKeys, required: false)),
            profile: top.token("profile", required: false))
    }

    private func readAgreement(_ map: MappingReader?) -> CountyAgreement {
        CountyAgreement(
            diarienummer: map?.text("diarienummer", required: false), date: map?.token("date", required: false))
    }

    private func readMunicipality(_ item: (node: Node, path: String)) -> Municipality? {
        guard
            let map = MappingReader(
                item.node, path: item.path, known: Self.municipalityKeys, source: source, sink: sink)
        else {
            return nil
        }
        return Municipality(
            location: map.location, name: map.text("name") ?? Located("", at: map.location),
            population: map.integer("population", required: true))
    }
}
