import FCConfig
import Foundation

/// The rules a centre file must meet beyond its shape: ids, references between sections,
/// who runs which service, dates and ranges. Every rule reports to the same sink.
public enum CentreValidator {
    /// - Parameters:
    ///   - file: the loaded centre file.
    ///   - strict: personal data in free text is an error, not a warning.
    ///   - sink: where every problem goes.
    public static func validate(_ file: CentreFile, strict: Bool = false, into sink: DiagnosticSink) {
        IdentifierRules.check(file, sink: sink)
        ServiceRules.check(file, sink: sink)
        ReferenceRules.check(file, sink: sink)
        ValueRules.check(file, sink: sink)
        CoordinatorRules.check(file, sink: sink)
        PrivacyScanner.check(FreeText.of(file), strict: strict, into: sink)
    }
}

/// Ids become folder and file names, so they must be safe there and unique.
enum IdentifierRules {
    static func isSafe(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, id.unicodeScalars.count <= 64 else { return false }
        let allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyz0123456789-")
        return first != "-" && id.unicodeScalars.allSatisfy { allowed.contains($0) }
    }

    static let rule = "only a–z, 0–9 and '-', at most 64 characters, not starting with '-'"

    static func check(_ file: CentreFile, sink: DiagnosticSink) {
        let id = file.centre.id
        if !id.value.isEmpty, !isSafe(id.value) {
            sink.error(
                "centre id '\(id.value)' cannot be used in file names; use \(rule), e.g. '\(suggestedID(id.value))'",
                at: id.location)
        }
        for party in file.parties where !party.id.value.isEmpty && !isSafe(party.id.value) {
            sink.error("party id '\(party.id.value)' is not valid; use \(rule)", at: party.id.location)
        }
    }

    /// A safe spelling of an unsafe id, for the message.
    static func suggestedID(_ id: String) -> String {
        let folded = id.lowercased().folding(options: .diacriticInsensitive, locale: Locale(identifier: "sv_SE"))
        let mapped = folded.map { $0.isLetter && $0.isASCII || $0.isNumber && $0.isASCII ? String($0) : "-" }.joined()
        let collapsed = mapped.split(separator: "-", omittingEmptySubsequences: true).joined(separator: "-")
        return collapsed.isEmpty ? "min-familjecentral" : String(collapsed.prefix(64))
    }
}

/// Each of the four services is run by exactly one party; a missing one is allowed but noted.
enum ServiceRules {
    static func check(_ file: CentreFile, sink: DiagnosticSink) {
        var runBy: [Service: (party: String, location: SourceLocation)] = [:]
        for party in file.parties {
            var ownSeen: Set<Service> = []
            for service in party.services {
                if !ownSeen.insert(service.value).inserted {
                    sink.error(
                        "'\(service.value.rawValue)' is listed twice for party '\(party.id.value)'",
                        at: service.location)
                } else if let first = runBy[service.value] {
                    sink.error(
                        "'\(service.value.rawValue)' is run by both '\(first.party)' and '\(party.id.value)'; each service must be run by exactly one party",
                        at: service.location,
                        notes: [
                            Diagnostic.Note(
                                at: first.location, "'\(first.party)' runs '\(service.value.rawValue)' here")
                        ])
                } else {
                    runBy[service.value] = (party.id.value, service.location)
                }
            }
        }
        if !file.parties.isEmpty {
            // A service whose name is misspelt somewhere has its error there; it is not missing as well.
            let misspelt = Set(
                file.parties.flatMap(\.unknownServices).compactMap {
                    Suggestion.closest(to: $0.value, in: Service.acceptedNames).flatMap(Service.init(configName:))
                })
            for service in Service.allCases where runBy[service] == nil && !misspelt.contains(service) {
                sink.warning(
                    "no party runs '\(service.rawValue)'; the agreement will not mention it",
                    at: file.parties[0].location)
            }
        }
        for (service, duties) in file.responsibilities.sorted(by: { $0.key.rawValue < $1.key.rawValue })
        where runBy[service] == nil {
            if let first = duties.first {
                sink.warning(
                    "responsibilities are given for '\(service.rawValue)', but no party runs it; they will not be printed",
                    at: first.location)
            }
        }
    }
}

/// Every party id is declared once, every `party:` names a declared party, every party has
/// someone who signs for it.
enum ReferenceRules {
    static func check(_ file: CentreFile, sink: DiagnosticSink) {
        var ids: [String] = []
        for party in file.parties where !party.id.value.isEmpty && !ids.contains(party.id.value) {
            ids.append(party.id.value)
        }
        let isUnresolved = { (party: Located<String>) in
            !party.value.isEmpty && !ids.isEmpty && !ids.contains(party.value)
        }
        let people = references(in: file).filter { isUnresolved($0.party) }
        // The rotation order is checked with the coordinator's cost (CoordinatorRules), but it too
        // loses its party when another party's id is written over.
        let unresolved =
            people
            + (file.coordinator.cost?.order ?? []).filter(isUnresolved)
            .map { (party: $0, role: "the coordinator's rotation order") }
        let duplicates = duplicateIDs(file)
        for (index, duplicate) in duplicates.enumerated() {
            var message = "party id '\(duplicate.id.value)' is used twice; give each party its own id"
            var notes = [Diagnostic.Note(at: duplicate.first, "'\(duplicate.id.value)' is first declared here")]
            // Another party's id written over by mistake: the references to it have lost their party.
            if index == 0, !unresolved.isEmpty {
                let lost = unresolved.map(\.party.value).reduce(into: [String]()) {
                    if !$0.contains($1) { $0.append($1) }
                }
                message += " (is this one meant to be " + lost.map { "'\($0)'" }.joined(separator: " or ") + "?)"
                notes += unresolved.map {
                    Diagnostic.Note(
                        at: $0.party.location,
                        "\($0.role) refers to party '\($0.party.value)', which no party has as its id")
                }
            }
            sink.error(message, at: duplicate.id.location, notes: notes)
        }
        if duplicates.isEmpty {
            for reference in people {
                sink.error(
                    "\(reference.role) belongs to party '\(reference.party.value)', which is not declared under 'parties'"
                        + "\(Suggestion.hint(for: reference.party.value, in: ids)); declared: "
                        + ids.joined(separator: ", "),
                    at: reference.party.location)
            }
        }
        if !file.signatories.isEmpty {
            let signing = Set(file.signatories.map(\.party.value))
            for party in file.parties where !party.id.value.isEmpty && !signing.contains(party.id.value) {
                sink.warning(
                    "party '\(party.id.value)' has no signatory; the agreement is normally signed by every party",
                    at: party.location)
            }
        }
    }

    /// Every `party:` of the people in the file, with who names it.
    static func references(in file: CentreFile) -> [(party: Located<String>, role: String)] {
        (file.steeringGroup?.members ?? []).map { ($0.party, "steering group member '\($0.name.value)'") }
            + file.managementGroup.members.map { ($0.party, "management group member '\($0.name.value)'") }
            + file.coordinator.persons.map { ($0.party, "coordinator '\($0.name.value)'") }
            + file.signatories.map { ($0.party, "signatory '\($0.name.value)'") }
    }

    /// Each repeated party id, with where it was first declared.
    static func duplicateIDs(_ file: CentreFile) -> [(id: Located<String>, first: SourceLocation)] {
        var seen: [String: SourceLocation] = [:]
        var duplicates: [(id: Located<String>, first: SourceLocation)] = []
        for party in file.parties where !party.id.value.isEmpty {
            if let first = seen[party.id.value] {
                duplicates.append((party.id, first))
            } else {
                seen[party.id.value] = party.id.location
            }
        }
        return duplicates
    }
}

/// Dates that exist, percentages and counts in range.
enum ValueRules {
    static func check(_ file: CentreFile, sink: DiagnosticSink) {
        if let date = file.agreement.signingDate, ISODate(date.value) == nil {
            sink.error(
                "signing_date '\(date.value)' is not a valid date; expected YYYY-MM-DD, e.g. 2026-03-15",
                at: date.location)
        }
        if let due = file.followUp.reportDue, MonthDay(due.value) == nil {
            sink.error(
                "report_due '\(due.value)' is not a valid day of the year; expected MM-DD, e.g. 03-01 for 1 March",
                at: due.location)
        }
        if let scope = file.coordinator.scopePercent, !(0...100).contains(scope.value) {
            sink.error(
                "scope_percent is \(scope.value.formatted()); expected a percentage from 0 to 100",
                at: scope.location)
        }
        if let months = file.agreement.noticeMonths, !(1...60).contains(months.value) {
            sink.error("notice_months is \(months.value); expected 1 to 60 months", at: months.location)
        }
        if let copies = file.agreement.copies, !(1...20).contains(copies.value) {
            sink.error("copies is \(copies.value); expected 1 to 20", at: copies.location)
        } else if let copies = file.agreement.copies {
            checkCopies(copies, file: file, sink: sink)
        }
    }

    /// Each who signs keeps a copy ("varav parterna tagit var sitt"): the parties sign the
    /// samverkansavtal, the parties and the coordinators the samordnaravtal.
    static func checkCopies(_ copies: Located<Int>, file: CentreFile, sink: DiagnosticSink) {
        let parties = file.signerCount(includingCoordinators: false)
        let withCoordinators = file.signerCount(includingCoordinators: true)
        guard copies.value < withCoordinators else { return }
        let short =
            copies.value < parties
            ? "the samverkansavtal is signed by \(parties) parties and the samordnaravtal by \(withCoordinators) (with the coordinators)"
            : "the samordnaravtal is signed by \(withCoordinators) (the parties and the coordinators)"
        sink.warning(
            "copies is \(copies.value), but \(short); the agreements say that each keeps one copy. "
                + "Leave 'copies' out to make one for each", at: copies.location)
    }
}
