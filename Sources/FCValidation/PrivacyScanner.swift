import FCConfig
import Foundation

/// Finds personal data that must not stand in a document meant for many readers
/// (offentlighets- och sekretesslagen, GDPR): Swedish personal identity numbers and
/// co-ordination numbers (with a valid check digit), e-mail addresses and phone numbers, in the
/// free texts of a file. Names of people in their roles (signatories, coordinators) are expected
/// and not scanned.
public enum PrivacyScanner {
    public enum Finding: Sendable {
        case personalNumber
        case coordinationNumber
        case email
        case phone
    }

    /// What the text holds, in order of appearance.
    public static func findings(in text: String) -> [(finding: Finding, match: String)] {
        guard mightHoldPersonalData(text) else { return [] }
        var results: [(Range<String.Index>, Finding, String)] = []
        for match in matches(personalNumberPattern, in: text) {
            if let kind = identityNumber(String(text[match])) { results.append((match, kind, String(text[match]))) }
        }
        for match in matches(emailPattern, in: text) { results.append((match, .email, String(text[match]))) }
        for match in matches(phonePattern, in: text) where !results.contains(where: { $0.0.overlaps(match) }) {
            results.append((match, .phone, String(text[match])))
        }
        return results.sorted { $0.0.lowerBound < $1.0.lowerBound }.map { ($0.1, $0.2) }
    }

    /// YYMMDD-NNNC or YYYYMMDDNNNC, with or without the separator.
    static let personalNumberPattern = #"(?<![0-9])(?:(?:19|20)[0-9]{2}|[0-9]{2})[0-9]{4}[-+ ]?[0-9]{4}(?![0-9])"#
    static let emailPattern = #"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"#
    /// Swedish numbers: 0 or +46, an area code, then 5–8 digits in groups.
    static let phonePattern =
        #"(?<![0-9])(?:\+46[ -]?|0)[1-9][0-9]{0,2}[ -]?[0-9]{2,3}(?:[ -]?[0-9]{2,3}){1,2}(?![0-9])"#

    /// Every pattern needs an '@' or at least six digits; most texts have neither, and this
    /// check spares them the regular expressions.
    static func mightHoldPersonalData(_ text: String) -> Bool {
        var digits = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "@") { return true }
            if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                digits += 1
                if digits >= 6 { return true }
            }
        }
        return false
    }

    /// Compiled once: compiling is far dearer than matching. An NSRegularExpression is immutable
    /// and may be used from several threads.
    private static let expressions: [String: NSRegularExpression] = Dictionary(
        uniqueKeysWithValues: [personalNumberPattern, emailPattern, phonePattern].compactMap { pattern in
            (try? NSRegularExpression(pattern: pattern)).map { (pattern, $0) }
        })

    static func matches(_ pattern: String, in text: String) -> [Range<String.Index>] {
        guard let expression = expressions[pattern] else { return [] }
        return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range, in: text)
        }
    }

    /// The kind of identity number `text` is, if its date is possible and its check digit right.
    static func identityNumber(_ text: String) -> Finding? {
        var digits = text.compactMap(\.wholeNumberValue)
        if digits.count == 12 { digits.removeFirst(2) }
        guard digits.count == 10 else { return nil }
        let month = digits[2] * 10 + digits[3]
        let day = digits[4] * 10 + digits[5]
        guard (1...12).contains(month) else { return nil }
        let kind: Finding
        switch day {
        case 1...31: kind = .personalNumber
        case 61...91: kind = .coordinationNumber
        default: return nil
        }
        return luhn(digits) ? kind : nil
    }

    /// The Luhn check over all ten digits (weights 2, 1, 2, …).
    static func luhn(_ digits: [Int]) -> Bool {
        let sum = digits.enumerated().reduce(0) { total, item in
            let product = item.element * (item.offset % 2 == 0 ? 2 : 1)
            return total + product / 10 + product % 10
        }
        return sum % 10 == 0
    }

    /// Reports what the free texts hold: warnings, or errors when `strict`.
    public static func check(_ texts: [Located<String>], strict: Bool, into sink: DiagnosticSink) {
        for text in texts {
            for (finding, match) in findings(in: text.value) {
                let message = Message.personalData(finding, masked: masked(match), strict: strict)
                if strict { sink.error(message, at: text.location) } else { sink.warning(message, at: text.location) }
            }
        }
    }

    /// Enough of the match to find it, not enough to spread it.
    static func masked(_ match: String) -> String {
        let visible = min(4, match.count / 2)
        return String(match.prefix(visible)) + String(repeating: "•", count: max(0, match.count - visible))
    }
}

/// The free texts of a file: what people write in their own words, where personal data can slip in.
public enum FreeText {
    public static func of(_ file: CentreFile) -> [Located<String>] {
        [
            file.centre.catchmentArea, file.centre.premises, file.psychologicalCompetence, file.budget,
            file.coordinationFunction.organisedAt,
        ].compactMap { $0 }
            + file.responsibilities.keys.sorted { $0.rawValue < $1.rawValue }.flatMap {
                file.responsibilities[$0] ?? []
            }
            + (file.steeringGroup?.duties ?? []) + file.managementGroup.duties + file.coordinator.ownTasks
    }

    public static func of(_ report: ReportFile) -> [Located<String>] {
        let goals = report.goals
        var texts: [Located<String>] = [
            report.description.catchmentArea, report.description.community,
            goals.main, goals.accessible, goals.network, goals.participation, goals.support,
            goals.knowledge, report.analysis,
        ]
        texts += [report.description.supervision, report.reflections].compactMap { $0 }
        texts += report.previousPriorities.flatMap { [$0.goal, $0.work, $0.evaluation] }
        texts += report.quotes.map(\.text)
        texts += report.priorities.flatMap { [$0.goal, $0.evaluation] }
        texts += (report.selfReflection?.answers ?? []).compactMap(\.comment)
        return texts.filter { !$0.value.isEmpty }
    }
}
