import FCConfig
import FCDocument

/// What changed between two versions of a centre, county or report file, in the terms a steering group
/// knows ("Samordnarens omfattning: 20 % → 25 %", "Årlig kostnad: 100 000 kr → 120 000 kr"):
/// the typed configs compared value by value, before any template, numbers in Swedish form.
public enum ConfigChanges {
    /// One line per changed value, in the file's order; empty when nothing a document shows
    /// differs (or the files are of different kinds).
    public static func between(old: ConfigFile, new: ConfigFile) -> [String] {
        switch (old, new) {
        case (.centre(let old), .centre(let new)): return lines(facts(old), facts(new))
        case (.county(let old), .county(let new)): return lines(facts(old), facts(new))
        case (.report(let old), .report(let new)): return lines(facts(old), facts(new))
        default: return []
        }
    }

    /// A value as a steering group reads it, under a label unique in the file.
    struct Fact: Equatable {
        var label: String
        var value: String
        /// A long text: a change is named ("Analys (ändrad)"), not quoted.
        var isText = false
    }

    /// Values present in both under one label are compared; a label only in one is added or
    /// removed. A removed value is listed where it stood, before the new values that follow it.
    static func lines(_ old: [Fact], _ new: [Fact]) -> [String] {
        var result: [String] = []
        let oldValues = Dictionary(old.map { ($0.label, $0.value) }, uniquingKeysWith: { first, _ in first })
        let newLabels = Set(new.map(\.label))
        var oldIndex = 0
        func removed(upTo label: String?) {
            // A value moved earlier leaves the removed ones after it for later.
            if let label, !old[oldIndex...].contains(where: { $0.label == label }) { return }
            while oldIndex < old.count, old[oldIndex].label != label {
                if !newLabels.contains(old[oldIndex].label) { result.append(described(old[oldIndex]) + " (borttagen)") }
                oldIndex += 1
            }
        }
        for fact in new {
            switch oldValues[fact.label] {
            case nil:
                result.append(described(fact) + " (ny)")
            case let value?:
                removed(upTo: fact.label)
                if value != fact.value {
                    result.append(fact.isText ? "\(fact.label) (ändrad)" : "\(fact.label): \(value) → \(fact.value)")
                }
            }
        }
        removed(upTo: nil)
        return result
    }

    /// `label: value`, or the label alone for a fact that is only there or not.
    static func described(_ fact: Fact) -> String {
        fact.value.isEmpty || fact.isText ? fact.label : "\(fact.label): \(fact.value)"
    }

    static func quoted(_ text: String) -> String {
        "”" + text.split(whereSeparator: \.isNewline).joined(separator: " ") + "”"
    }

    static func percent(_ value: Double) -> String {
        SwedishNumber.decimal(value) + "\u{00A0}%"
    }

    static func facts(_ file: CentreFile) -> [Fact] {
        var facts: [Fact] = []
        func add(_ label: String, _ value: String?) {
            if let value { facts.append(Fact(label: label, value: value)) }
        }
        add("Familjecentralens namn", quoted(file.centre.name.value))
        add("Adress", quoted(file.centre.address.value))
        add("Upptagningsområde", file.centre.catchmentArea.map { quoted($0.value) })
        add("Lokaler", file.centre.premises.map { quoted($0.value) })
        for party in file.parties {
            add("Part ”\(party.id.value)”", quoted("\(party.organisation.value), \(party.unit.value)"))
            add(
                "Verksamheter (\(party.unit.value))",
                party.services.map(\.value.rawValue).joined(separator: ", "))
        }
        for (group, name) in [(file.steeringGroup, "Styrgruppen"), (file.managementGroup, "Ledningsgruppen")] {
            guard let group else { continue }
            for member in group.members {
                add("\(name): \(member.name.value)", quoted(member.title.value))
            }
        }
        let coordinator = file.coordinator
        add("Samordnarens omfattning", coordinator.scopePercent.map { percent($0.value) })
        add(
            "Samordnarens omfattning (timmar per vecka)",
            coordinator.scopeHoursPerWeek.map { SwedishNumber.decimal($0.value) + " tim" })
        for person in coordinator.persons {
            add("Samordnare \(person.name.value)", person.profession.map { quoted($0.value) } ?? "")
            add("Omfattning för \(person.name.value)", person.scopePercent.map { percent($0.value) })
        }
        add("Samordnaruppdragets start", coordinator.startDate?.value)
        add("Samordnaruppdragets längd", coordinator.termYears.map { "\($0.value) år" })
        add("Uppsägningstid för samordnaren", coordinator.noticeMonths.map { "\($0.value) månader" })
        for key in taskKeys(coordinator.tasks) {
            add("Samordnarens uppgift ”\(key)”", quoted(taskText(key, hasSteeringGroup: file.steeringGroup != nil)))
        }
        for task in coordinator.ownTasks {
            add("Samordnarens egen uppgift \(quoted(task.value))", "")
        }
        if let cost = coordinator.cost {
            add("Kostnadsfördelning", cost.method.map { $0.value == .equal ? "lika delar" : "turvis" })
            add("Årlig kostnad", cost.annualCost.map { SwedishNumber.kronor($0.value) })
            add("Turordning", cost.order.isEmpty ? nil : cost.order.map(\.value).joined(separator: ", "))
        }
        add("Budget", file.budget.map { quoted($0.value) })
        add("Verksamhetsberättelsen lämnas senast", file.followUp.reportDue?.value)
        add("Uppsägningstid för avtalet", file.agreement.noticeMonths.map { "\($0.value) månader" })
        add("Tvister avgörs av", file.agreement.disputeBody.map { quoted($0.value) })
        add("Antal exemplar", file.agreement.copies.map { "\($0.value)" })
        add("Datum för undertecknande", file.agreement.signingDate?.value)
        for signatory in file.signatories {
            add(
                "Undertecknar för ”\(signatory.party.value)”",
                quoted("\(signatory.name.value), \(signatory.title.value)"))
        }
        return facts
    }

    static func facts(_ file: CountyFile) -> [Fact] {
        var facts: [Fact] = []
        func add(_ label: String, _ value: String?) {
            if let value { facts.append(Fact(label: label, value: value)) }
        }
        add("Länets namn", quoted(file.county.name.value))
        add("Styrgrupp", quoted(file.steeringBody.value))
        add("Länssamordnarens omfattning", file.coordinator.scopePercent.map { percent($0.value) })
        add("Länssamordnarens placering", quoted(file.coordinator.placement.value))
        add("Årlig kostnad", file.cost.total.map { SwedishNumber.kronor($0.value) })
        add("Regionens andel", file.cost.regionShare.map { SwedishNumber.kronor($0.value) })
        add("Folkmängd per", file.population.date.value)
        for municipality in file.municipalities {
            add(
                "Folkmängd i \(municipality.name.value)",
                municipality.population.map { SwedishNumber.integer($0.value) })
        }
        return facts
    }

    /// A report's figures and choices; a text that changed is named, not quoted (it is long,
    /// and the changed paragraphs follow in the summary).
    static func facts(_ file: ReportFile) -> [Fact] {
        var facts: [Fact] = []
        func add(_ label: String, _ value: String?) {
            if let value { facts.append(Fact(label: label, value: value)) }
        }
        func text(_ label: String, _ value: String?) {
            if let value { facts.append(Fact(label: label, value: value, isText: true)) }
        }
        add("Verksamhetsår", file.year.map { "\($0.value)" })
        text("Upptagningsområde", file.description.catchmentArea.value)
        text("Samhället runt familjecentralen", file.description.community.value)
        text("Handledning", file.description.supervision?.value)
        let statistics = file.statistics
        for (label, value) in [
            ("Antal besök", statistics.visits), ("Inskrivna gravida", statistics.pregnantWomen),
            ("Inskrivna barn", statistics.enrolledChildren),
            ("Familjer i behov av särskilt stöd", statistics.familiesSpecialSupport),
            ("Föräldragrupper", statistics.parentGroups),
        ] {
            add(label, value.map { SwedishNumber.integer($0.value) })
        }
        for figure in statistics.other {
            add(figure.label.value, figure.value.map { SwedishNumber.integer($0.value) })
        }
        text("Analys", file.analysis.value)
        text("Reflektioner", file.reflections?.value)
        for priority in file.priorities {
            add("Prioriterat mål \(quoted(priority.goal.value))", "")
        }
        add("Citat från föräldrar", "\(file.quotes.count) st.")
        return facts
    }

    /// The catalogue keys the selection stands for, merged keys by their current name.
    static func taskKeys(_ selection: TaskSelection) -> [String] {
        switch selection {
        case .all: return CoordinatorTasks.allKeys
        case .only(let keys): return keys.map { CoordinatorTasks.currentKey($0.value) }
        case .allExcept(let keys):
            let left = Set(keys.map { CoordinatorTasks.currentKey($0.value) })
            return CoordinatorTasks.allKeys.filter { !left.contains($0) }
        }
    }

    static func taskText(_ key: String, hasSteeringGroup: Bool) -> String {
        CoordinatorTasks.groups.flatMap(\.tasks).first { $0.key == key }?.text(hasSteeringGroup: hasSteeringGroup)
            ?? key
    }
}
