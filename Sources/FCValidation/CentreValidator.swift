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

    static func check(_ file: CentreFile, sink: DiagnosticSink) {
        let id = file.centre.id
        if !id.value.isEmpty, !isSafe(id.value) {
            sink.error(.centreIDUnsafe(id.value, suggestion: suggestedID(id.value)), at: id.location)
        }
        for party in file.parties where !party.id.value.isEmpty && !isSafe(party.id.value) {
            sink.error(.partyIDUnsafe(party.id.value), at: party.id.location)
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
                        .serviceListedTwice(service.value.rawValue, party: party.id.value), at: service.location)
                } else if let first = runBy[service.value] {
                    sink.error(
                        .serviceRunByTwo(service.value.rawValue, first: first.party, second: party.id.value),
                        at: service.location,
                        notes: [
                            Diagnostic.Note(
                                at: first.location, .serviceRunHere(service.value.rawValue, party: first.party))
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
                sink.warning(.serviceWithoutParty(service.rawValue), at: file.parties[0].location)
            }
        }
        for (service, duties) in file.responsibilities.sorted(by: { $0.key.rawValue < $1.key.rawValue })
        where runBy[service] == nil {
            if let first = duties.first {
                sink.warning(.responsibilitiesWithoutService(service.rawValue), at: first.location)
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
            .map { (party: $0, role: Message.PartyReference.rotationOrder) }
        let duplicates = duplicateIDs(file)
        for (index, duplicate) in duplicates.enumerated() {
            var lost: [String] = []
            var notes = [Diagnostic.Note(at: duplicate.first, .partyFirstDeclared(duplicate.id.value))]
            // Another party's id written over by mistake: the references to it have lost their party.
            if index == 0, !unresolved.isEmpty {
                lost = unresolved.map(\.party.value).reduce(into: [String]()) {
                    if !$0.contains($1) { $0.append($1) }
                }
                notes += unresolved.map {
                    Diagnostic.Note(at: $0.party.location, .referenceToLostParty($0.role, party: $0.party.value))
                }
            }
            sink.error(.partyIDTwice(duplicate.id.value, lost: lost), at: duplicate.id.location, notes: notes)
        }
        if duplicates.isEmpty {
            for reference in people {
                sink.error(
                    .undeclaredParty(
                        reference.role, party: reference.party.value,
                        suggestion: Suggestion.closest(to: reference.party.value, in: ids), declared: ids),
                    at: reference.party.location)
            }
        }
        if !file.signatories.isEmpty {
            let signing = Set(file.signatories.map(\.party.value))
            for party in file.parties where !party.id.value.isEmpty && !signing.contains(party.id.value) {
                sink.warning(.noSignatory(party.id.value), at: party.location)
            }
        }
    }

    /// Every `party:` of the people in the file, with who names it.
    static func references(in file: CentreFile) -> [(party: Located<String>, role: Message.PartyReference)] {
        (file.steeringGroup?.members ?? []).map { ($0.party, .steeringGroupMember($0.name.value)) }
            + file.managementGroup.members.map { ($0.party, .managementGroupMember($0.name.value)) }
            + file.coordinator.persons.map { ($0.party, .coordinator($0.name.value)) }
            + file.signatories.map { ($0.party, .signatory($0.name.value)) }
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
            sink.error(.invalidDate("signing_date", value: date.value, example: "2026-03-15"), at: date.location)
        }
        if let due = file.followUp.reportDue, MonthDay(due.value) == nil {
            sink.error(.invalidDayOfYear("report_due", value: due.value), at: due.location)
        }
        if let scope = file.coordinator.scopePercent, !(0...100).contains(scope.value) {
            sink.error(.percentOutOfRange("scope_percent", value: scope.value), at: scope.location)
        }
        if let months = file.agreement.noticeMonths, !(1...60).contains(months.value) {
            sink.error(
                .outOfRange("notice_months", value: months.value, from: 1, to: 60, unit: .months), at: months.location)
        }
        if let copies = file.agreement.copies, !(1...20).contains(copies.value) {
            sink.error(.outOfRange("copies", value: copies.value, from: 1, to: 20, unit: .none), at: copies.location)
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
        sink.warning(
            .tooFewCopies(copies.value, parties: parties, signers: withCoordinators), at: copies.location)
    }
}
