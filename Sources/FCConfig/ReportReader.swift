import Yams

/// Maps the YAML tree of a report file onto `ReportFile`, key by key.
struct ReportReader {
    let source: YAMLSource
    let sink: DiagnosticSink
    var file: String { source.file }

    static let topKeys = [
        "fcdoc", "kind", "status", "centre", "year", "description", "statistics", "goals", "previous_priorities",
        "quotes", "analysis", "priorities", "reflections", "survey", "self_reflection",
    ]
    static let descriptionKeys = ["catchment_area", "community", "supervision"]
    static let statisticsKeys = [
        "visits", "pregnant_women", "enrolled_children", "families_special_support",
        "parent_groups", "other",
    ]
    static let goalKeys = ["main", "accessible", "network", "participation", "support", "knowledge"]
    static let reviewKeys = ["goal", "work", "evaluation"]
    static let quoteKeys = ["text", "gender"]
    static let priorityKeys = ["goal", "evaluation"]
    static let surveyKeys = ["file", "sheet", "delimiter", "columns", "counts", "questions"]
    static let questionKeys = ["key", "goal", "text"]
    static let selfReflectionKeys = ["respondents", "statements", "answers"]
    /// What `priorities` lists.
    static let priorities = Phrase(sv: "prioriteringar", en: "priorities")
    static let statementKeys = ["key", "area", "text"]
    static let answerKeys = ["statement", "position", "comment"]

    func read(_ root: Node) -> ReportFile? {
        guard let top = MappingReader(root, path: "", known: Self.topKeys, source: source, sink: sink) else {
            return nil
        }
        let unknown = Located("", at: top.location)
        let description = top.mapping("description", known: Self.descriptionKeys)
        let statistics = top.mapping("statistics", known: Self.statisticsKeys, required: false)
        let goals = top.mapping("goals", known: Self.goalKeys)
        let prioritiesNode = top.node("priorities", required: false, expected: .list(of: Self.priorities))
        return ReportFile(
            path: file,
            centre: top.token("centre") ?? unknown,
            year: top.integer("year", required: true),
            declaredStatus: top.choice("status", required: false),
            description: ReportDescription(
                catchmentArea: description?.text("catchment_area") ?? unknown,
                community: description?.text("community") ?? unknown,
                supervision: description?.text("supervision", required: false)),
            statistics: readStatistics(statistics),
            goals: ReportGoals(
                main: goals?.text("main") ?? unknown, accessible: goals?.text("accessible") ?? unknown,
                network: goals?.text("network") ?? unknown,
                participation: goals?.text("participation") ?? unknown,
                support: goals?.text("support") ?? unknown, knowledge: goals?.text("knowledge") ?? unknown),
            previousPriorities: items(
                top, "previous_priorities", of: Phrase(sv: "förra årets prioriteringar", en: "previous priorities"),
                Self.reviewKeys, required: false
            ) { map in
                let missing = Located("", at: map.location)
                return PriorityReview(
                    goal: map.text("goal") ?? missing, work: map.text("work") ?? missing,
                    evaluation: map.text("evaluation") ?? missing)
            },
            quotes: items(top, "quotes", of: Phrase(sv: "citat", en: "quotes"), Self.quoteKeys, required: false) {
                map in
                ParentQuote(text: map.text("text") ?? Located("", at: map.location), gender: map.choice("gender"))
            },
            analysis: top.text("analysis") ?? unknown,
            priorities: items(top, "priorities", of: Self.priorities, Self.priorityKeys, required: true) { map in
                let missing = Located("", at: map.location)
                return Priority(goal: map.text("goal") ?? missing, evaluation: map.text("evaluation") ?? missing)
            },
            reflections: top.text("reflections", required: false),
            survey: top.mapping("survey", known: Self.surveyKeys, required: false).map(readSurvey),
            selfReflection: top.mapping("self_reflection", known: Self.selfReflectionKeys, required: false)
                .map(readSelfReflection),
            prioritiesLocation: prioritiesNode?.location(in: file) ?? top.location)
    }

    /// The mappings of a list, each read by `read`.
    /// Read as written, not as text: `"\t"` is a tab, which a text would drop as blank.
    private func readDelimiter(_ map: MappingReader) -> Located<String>? {
        guard
            let node = map.node(
                "delimiter", required: false, expected: Phrase(sv: "”;”, ”,” eller ”tab”", en: "';', ',' or 'tab'"))
        else { return nil }
        guard let text = node.scalar?.string else {
            sink.error(.notText("survey.delimiter", found: node.found, colon: nil), at: node.location(in: file))
            return nil
        }
        return Located(text, at: node.location(in: file))
    }

    private func items<T>(
        _ map: MappingReader, _ key: String, of items: Phrase, _ known: [String], required: Bool,
        _ read: (MappingReader) -> T
    ) -> [T] {
        (map.list(key, required: required, expected: items) ?? []).compactMap { item in
            MappingReader(item.node, path: item.path, known: known, source: source, sink: sink).map(read)
        }
    }

    private func readStatistics(_ map: MappingReader?) -> ReportStatistics {
        guard let map else { return ReportStatistics(other: []) }
        return ReportStatistics(
            visits: map.integer("visits"), pregnantWomen: map.integer("pregnant_women"),
            enrolledChildren: map.integer("enrolled_children"),
            familiesSpecialSupport: map.integer("families_special_support"),
            parentGroups: map.integer("parent_groups"),
            other: items(
                map, "other", of: Phrase(sv: "andra uppgifter", en: "other"), ["label", "value"], required: false
            ) { item in
                NamedFigure(
                    label: item.text("label") ?? Located("", at: item.location),
                    value: item.integer("value", required: true))
            })
    }

    private func readSurvey(_ map: MappingReader) -> SurveySource {
        var columns: [(Located<String>, Located<String>)] = []
        if let node = map.node(
            "columns", required: false,
            expected: Phrase(
                sv: "frågornas nycklar med kolumnrubriker", en: "a mapping of question keys to column headers"))
        {
            if case .mapping(let mapping) = node {
                for (key, value) in mapping {
                    guard let header = value.scalar?.string, !header.isEmpty else {
                        sink.error(
                            .surveyColumnNotText(question: key.scalar?.string ?? ""), at: value.location(in: file))
                        continue
                    }
                    columns.append(
                        (
                            Located(key.scalar?.string ?? "", at: key.location(in: file)),
                            Located(header, at: value.location(in: file))
                        ))
                }
            } else {
                sink.error(.surveyColumnsNotAMapping, at: node.location(in: file))
            }
        }
        var counts: [(Located<String>, Located<[Int]>)] = []
        if let node = map.node(
            "counts", required: false,
            expected: Phrase(sv: "frågornas nycklar med 5 tal var", en: "a mapping of question keys to 5 numbers"))
        {
            if case .mapping(let mapping) = node {
                for (key, value) in mapping {
                    let numbers = value.sequence?.compactMap { item -> Int? in
                        guard case .scalar(let scalar) = item, scalar.style == .plain else { return nil }
                        return Int(scalar.string)
                    }
                    guard let numbers, numbers.count == value.sequence?.count else {
                        sink.error(
                            .surveyCountsNotNumbers(question: key.scalar?.string ?? ""), at: value.location(in: file))
                        continue
                    }
                    counts.append(
                        (
                            Located(key.scalar?.string ?? "", at: key.location(in: file)),
                            Located(numbers, at: value.location(in: file))
                        ))
                }
            } else {
                sink.error(.surveyCountsNotAMapping, at: node.location(in: file))
            }
        }
        return SurveySource(
            location: map.location, file: map.token("file", required: false), sheet: map.text("sheet", required: false),
            delimiter: readDelimiter(map),
            columns: columns.map { (key: $0.0, header: $0.1) }, counts: counts.map { (key: $0.0, counts: $0.1) },
            questions: items(
                map, "questions", of: Phrase(sv: "frågor", en: "questions"), Self.questionKeys, required: false
            ) { item in
                let missing = Located("", at: item.location)
                return SurveyQuestionInput(
                    key: item.token("key") ?? missing, goal: item.integer("goal", required: true),
                    text: item.text("text") ?? missing)
            })
    }

    private func readSelfReflection(_ map: MappingReader) -> SelfReflectionInput {
        SelfReflectionInput(
            location: map.location,
            respondents: map.integer("respondents", required: true),
            statements: items(
                map, "statements", of: Phrase(sv: "påståenden", en: "statements"), Self.statementKeys, required: false
            ) { item in
                let missing = Located("", at: item.location)
                return SelfReflectionStatementInput(
                    key: item.token("key") ?? missing, area: item.text("area") ?? missing,
                    text: item.text("text") ?? missing)
            },
            answers: items(map, "answers", of: Phrase(sv: "svar", en: "answers"), Self.answerKeys, required: true) {
                item in
                SelfReflectionAnswer(
                    statement: item.token("statement") ?? Located("", at: item.location),
                    position: item.integer("position", required: true),
                    comment: item.text("comment", required: false))
            })
    }
}
