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
            sink.error("centre id '\(id.value)' cannot be used in file names; use \(rule), e.g. '\(suggestedID(id.value))'",
                       at: id.location)
        }
        var seen: [String: SourceLocation] = [:]
        for party in file.parties where !party.id.value.isEmpty {
            if !isSafe(party.id.value) {
                sink.error("party id '\(party.id.value)' is not valid; use \(rule)", at: party.id.location)
            }
            if let first = seen[party.id.value] {
                sink.error("party id '\(party.id.value)' is used twice; it was first declared at line \(first.line)",
                           at: party.id.location)
            } else {
                seen[party.id.value] = party.id.location
            }
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
                    sink.error("'\(service.value.rawValue)' is listed twice for party '\(party.id.value)'",
                               at: service.location)
                } else if let first = runBy[service.value] {
                    sink.error("'\(service.value.rawValue)' is run by both '\(first.party)' (line \(first.location.line)) and '\(party.id.value)'; each service must be run by exactly one party",
                               at: service.location)
                } else {
                    runBy[service.value] = (party.id.value, service.location)
                }
            }
        }
        if !file.parties.isEmpty {
            for service in Service.allCases where runBy[service] == nil {
                sink.warning("no party runs '\(service.rawValue)'; the agreement will not mention it",
                             at: file.parties[0].location)
            }
        }
        for (service, duties) in file.responsibilities.sorted(by: { $0.key.rawValue < $1.key.rawValue })
        where runBy[service] == nil {
            if let first = duties.first {
                sink.warning("responsibilities are given for '\(service.rawValue)', but no party runs it; they will not be printed",
                             at: first.location)
            }
        }
    }
}

/// Every `party:` names a declared party; every party has someone who signs for it.
enum ReferenceRules {
    static func check(_ file: CentreFile, sink: DiagnosticSink) {
        let ids = file.parties.map(\.id.value).filter { !$0.isEmpty }
        func checkReference(_ reference: Located<String>, role: String) {
            guard !reference.value.isEmpty, !ids.isEmpty, !ids.contains(reference.value) else { return }
            sink.error("\(role) belongs to party '\(reference.value)', which is not declared under 'parties'\(Suggestion.hint(for: reference.value, in: ids)); declared: "
                       + ids.joined(separator: ", "), at: reference.location)
        }
        for member in file.steeringGroup?.members ?? [] {
            checkReference(member.party, role: "steering group member '\(member.name.value)'")
        }
        for member in file.managementGroup.members {
            checkReference(member.party, role: "management group member '\(member.name.value)'")
        }
        for person in file.coordinator.persons {
            checkReference(person.party, role: "coordinator '\(person.name.value)'")
        }
        for signatory in file.signatories {
            checkReference(signatory.party, role: "signatory '\(signatory.name.value)'")
        }
        if !file.signatories.isEmpty {
            let signing = Set(file.signatories.map(\.party.value))
            for party in file.parties where !party.id.value.isEmpty && !signing.contains(party.id.value) {
                sink.warning("party '\(party.id.value)' has no signatory; the agreement is normally signed by every party",
                             at: party.location)
            }
        }
    }
}

/// Dates that exist, percentages and counts in range.
enum ValueRules {
    static func check(_ file: CentreFile, sink: DiagnosticSink) {
        if let date = file.agreement.signingDate, ISODate(date.value) == nil {
            sink.error("signing_date '\(date.value)' is not a valid date; expected YYYY-MM-DD, e.g. 2026-03-15",
                       at: date.location)
        }
        if let due = file.followUp.reportDue, MonthDay(due.value) == nil {
            sink.error("report_due '\(due.value)' is not a valid day of the year; expected MM-DD, e.g. 03-01 for 1 March",
                       at: due.location)
        }
        if let scope = file.coordinator.scopePercent, !(0...100).contains(scope.value) {
            sink.error("scope_percent is \(scope.value.formatted()); expected a percentage from 0 to 100",
                       at: scope.location)
        }
        if let months = file.agreement.noticeMonths, !(1...60).contains(months.value) {
            sink.error("notice_months is \(months.value); expected 1 to 60 months", at: months.location)
        }
        if let copies = file.agreement.copies, !(1...20).contains(copies.value) {
            sink.error("copies is \(copies.value); expected 1 to 20", at: copies.location)
        }
    }
}
