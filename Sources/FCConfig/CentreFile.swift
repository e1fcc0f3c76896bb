/// Everything a centre file says, typed, each value with the place it was written.
///
/// Loading fills what it can even when the file has errors, so validation can report every
/// problem in one run; rendering only ever sees a file that produced no errors.
public struct CentreFile: Sendable {
    public var path: String
    public var centre: CentreInfo
    public var parties: [Party]
    public var responsibilities: [Service: [Located<String>]]
    public var psychologicalCompetence: Located<String>?
    public var steeringGroup: Group?
    public var managementGroup: Group
    public var coordinator: Coordinator
    public var followUp: FollowUp
    public var budget: Located<String>?
    public var coordinationFunction: CoordinationFunction
    public var agreement: AgreementTerms
    public var signatories: [Signatory]
    /// The graphic profile (`profile: FILE`, relative to this file); `nil`: fcdoc's own look, or
    /// the county's profile when the centre is rendered with its county.
    public var profile: Located<String>? = nil

    public func party(withID id: String) -> Party? {
        parties.first { $0.id.value == id }
    }
}

public struct CentreInfo: Sendable {
    public var id: Located<String>
    public var name: Located<String>
    public var municipality: Located<String>
    public var region: Located<String>
    public var county: Located<String>
    public var address: Located<String>
    public var catchmentArea: Located<String>?
    public var premises: Located<String>?
}

public enum PartyType: String, CaseIterable, Sendable {
    case region
    case municipality = "kommun"
}

/// A huvudman: one organisation (and its förvaltning or hälsocentral) that runs services.
public struct Party: Sendable {
    public var location: SourceLocation
    public var id: Located<String>
    public var type: Located<PartyType>?
    public var organisation: Located<String>
    public var unit: Located<String>
    public var services: [Located<Service>]
    /// The party's own logo (SVG or PNG, relative to the centre file), shown on the agreements'
    /// first page.
    public var logo: Located<String>? = nil
    /// Service names that are not services (reported when read), so that checks after reading
    /// do not report the service they were meant to be as missing as well.
    public var unknownServices: [Located<String>] = []
}

public struct Person: Sendable {
    public var location: SourceLocation
    public var name: Located<String>
    public var title: Located<String>
    public var party: Located<String>
}

/// Styrgrupp or ledningsgrupp: its members and, when the centre words them itself, its duties.
public struct Group: Sendable {
    public var location: SourceLocation
    public var members: [Person]
    public var duties: [Located<String>]
}

public struct CoordinatorPerson: Sendable {
    public var name: Located<String>
    public var party: Located<String>
    public var profession: Located<String>?
    public var scopePercent: Located<Double>?
}

/// Which catalogue tasks a centre's coordinator has: all, the listed ones, or all but some.
public enum TaskSelection: Sendable {
    case all
    case only([Located<String>])
    case allExcept([Located<String>])

    public var keys: [Located<String>] {
        switch self {
        case .all: return []
        case .only(let keys), .allExcept(let keys): return keys
        }
    }
}

public enum CostMethod: String, CaseIterable, Sendable {
    case equal
    case rotating
}

/// How the coordinator's cost is shared between the parties (seed 004: they take turns).
public struct CoordinatorCost: Sendable {
    public var location: SourceLocation
    public var method: Located<CostMethod>?
    /// Whole kronor a year.
    public var annualCost: Located<Int>?
    /// Party ids in the order they pay, for `rotating`; the parties' order when left out.
    public var order: [Located<String>]
}

public struct Coordinator: Sendable {
    public var appointedBy: Located<String>?
    public var scopePercent: Located<Double>?
    public var scopeHoursPerWeek: Located<Double>?
    public var persons: [CoordinatorPerson]
    /// `YYYY-MM-DD`; checked by validation.
    public var startDate: Located<String>?
    public var termYears: Located<Int>?
    public var noticeMonths: Located<Int>?
    public var tasks: TaskSelection
    public var ownTasks: [Located<String>]
    public var cost: CoordinatorCost?
    /// The coordinator contract's diarienummer, in the header of every page.
    public var diarienummer: Located<String>? = nil
}

public struct FollowUp: Sendable {
    /// `MM-DD`; checked by validation.
    public var reportDue: Located<String>?

    public static let defaultReportDue = MonthDay(month: 3, day: 1)

    /// The day the verksamhetsberättelse is due: `report_due`, else 1 March (seed 004, Bilaga 1).
    /// The agreement, the report and the year wheel all print this one date.
    public var due: MonthDay {
        reportDue.flatMap { MonthDay($0.value) } ?? Self.defaultReportDue
    }
}

/// The child-level coordination function of seed 002 ("Samordningsfunktion – Rollbeskrivning").
public struct CoordinationFunction: Sendable {
    /// Where the function is organised ("Funktionen är organiserad vid …"); the seed's text when left out.
    public var organisedAt: Located<String>?
}

public struct AgreementTerms: Sendable {
    public var noticeMonths: Located<Int>?
    public var disputeBody: Located<String>?
    public var copies: Located<Int>?
    /// `YYYY-MM-DD`; checked by validation.
    public var signingDate: Located<String>?
    /// The samverkansavtal's diarienummer ("KS 2026/123"), in the header of every page.
    public var diarienummer: Located<String>? = nil
    /// The guideline the agreements are appendices to ("Länsövergripande riktlinje för
    /// familjecentraler i Jämtlands län"): the header then says "Bilaga 1 till …" (seed 004).
    public var appendixTo: Located<String>? = nil
}

public struct Signatory: Sendable {
    public var location: SourceLocation
    public var name: Located<String>
    public var title: Located<String>
    public var party: Located<String>
    public var organisation: Located<String>?
    public var place: Located<String>
}
