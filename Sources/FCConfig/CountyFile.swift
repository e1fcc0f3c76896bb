/// A county (län) file: the county coordinator agreement of seed 001 and its cost split.
public struct CountyFile: Sendable {
    public var path: String
    public var county: CountyInfo
    public var steeringBody: Located<String>
    public var reportingTo: Located<String>?
    public var coordinator: CountyCoordinator
    public var cost: CountyCost
    public var population: PopulationReference
    public var municipalities: [Municipality]
    /// The agreement's diarienummer and date, in the header of every page.
    public var agreement: CountyAgreement = CountyAgreement()
    /// The graphic profile of the county's documents and, when a centre names none, of its
    /// centres' (`profile: FILE`, relative to this file).
    public var profile: Located<String>? = nil
}

/// What a registrar files the county coordinator agreement by.
public struct CountyAgreement: Sendable {
    public var diarienummer: Located<String>?
    /// `YYYY-MM-DD`; checked by validation.
    public var date: Located<String>?

    public init(diarienummer: Located<String>? = nil, date: Located<String>? = nil) {
        self.diarienummer = diarienummer
        self.date = date
    }
}

public struct CountyInfo: Sendable {
    public var id: Located<String>
    public var name: Located<String>
    public var region: Located<String>
    public var sender: Located<String>?
}

public struct CountyCoordinator: Sendable {
    public var scopePercent: Located<Double>?
    public var placement: Located<String>
}

public struct CountyCost: Sendable {
    /// Whole kronor a year.
    public var total: Located<Int>?
    /// Whole kronor the region pays; the municipalities share the rest by population.
    public var regionShare: Located<Int>?
}

public struct PopulationReference: Sendable {
    /// `YYYY-MM-DD`; checked by validation.
    public var date: Located<String>
    public var source: Located<String>
}

public struct Municipality: Sendable {
    public var location: SourceLocation
    public var name: Located<String>
    public var population: Located<Int>?
}
