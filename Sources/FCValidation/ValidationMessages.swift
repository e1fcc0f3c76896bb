import FCConfig

/// The validation rules' messages, each once in Swedish and English (the catalogue of issue 20).
/// Keys and values the user typed are quoted as typed.
extension Message {
    // MARK: Ids

    private static let idRuleSV = "bara a–z, 0–9 och ”-”, högst 64 tecken och inte ”-” först"
    private static let idRuleEN = "only a–z, 0–9 and '-', at most 64 characters, not starting with '-'"

    static func centreIDUnsafe(_ id: String, suggestion: String) -> Message {
        Message(
            .validationCentreIDUnsafe,
            sv: "centrets id \(Wording.quoted(id)) kan inte användas i filnamn; använd \(idRuleSV), till exempel "
                + Wording.quoted(suggestion),
            en: "centre id '\(id)' cannot be used in file names; use \(idRuleEN), e.g. '\(suggestion)'")
    }

    static func countyIDUnsafe(_ id: String, suggestion: String) -> Message {
        Message(
            .validationCountyIDUnsafe,
            sv: "länets id \(Wording.quoted(id)) kan inte användas i filnamn; använd \(idRuleSV), till exempel "
                + Wording.quoted(suggestion),
            en: "county id '\(id)' cannot be used in file names; use \(idRuleEN), e.g. '\(suggestion)'")
    }

    static func partyIDUnsafe(_ id: String) -> Message {
        Message(
            .validationPartyIDUnsafe,
            sv: "partens id \(Wording.quoted(id)) går inte att använda; använd \(idRuleSV)",
            en: "party id '\(id)' is not valid; use \(idRuleEN)")
    }

    // MARK: Services and parties

    static func serviceListedTwice(_ service: String, party: String) -> Message {
        Message(
            .validationServiceListedTwice,
            sv: "\(Wording.quoted(service)) står två gånger hos parten \(Wording.quoted(party))",
            en: "'\(service)' is listed twice for party '\(party)'")
    }

    static func serviceRunByTwo(_ service: String, first: String, second: String) -> Message {
        Message(
            .validationServiceRunByTwo,
            sv: "\(Wording.quoted(service)) drivs av både \(Wording.quoted(first)) och \(Wording.quoted(second)); "
                + "varje verksamhet ska drivas av en enda part",
            en: "'\(service)' is run by both '\(first)' and '\(second)'; each service must be run by exactly one party")
    }

    static func serviceRunHere(_ service: String, party: String) -> Message {
        Message(
            .validationServiceRunHere,
            sv: "här står att \(Wording.quoted(party)) driver \(Wording.quoted(service))",
            en: "'\(party)' runs '\(service)' here")
    }

    static func serviceWithoutParty(_ service: String) -> Message {
        Message(
            .validationServiceWithoutParty,
            sv: "ingen part driver \(Wording.quoted(service)), så avtalet nämner den inte",
            en: "no party runs '\(service)'; the agreement will not mention it")
    }

    static func responsibilitiesWithoutService(_ service: String) -> Message {
        Message(
            .validationResponsibilitiesWithoutService,
            sv: "det finns ansvarsuppgifter för \(Wording.quoted(service)), men ingen part driver den, "
                + "så uppgifterna kommer inte med i avtalet",
            en: "responsibilities are given for '\(service)', but no party runs it; they will not be printed")
    }

    /// Who names a party: a person in a group, a signatory, or the coordinator's rotation order.
    enum PartyReference {
        case steeringGroupMember(String)
        case managementGroupMember(String)
        case coordinator(String)
        case signatory(String)
        case rotationOrder

        var sv: String {
            switch self {
            case .steeringGroupMember(let name): "styrgruppsmedlemmen \(Wording.quoted(name))"
            case .managementGroupMember(let name): "ledningsgruppsmedlemmen \(Wording.quoted(name))"
            case .coordinator(let name): "samordnaren \(Wording.quoted(name))"
            case .signatory(let name): "undertecknaren \(Wording.quoted(name))"
            case .rotationOrder: "turordningen för samordnarens kostnad"
            }
        }

        var en: String {
            switch self {
            case .steeringGroupMember(let name): "steering group member '\(name)'"
            case .managementGroupMember(let name): "management group member '\(name)'"
            case .coordinator(let name): "coordinator '\(name)'"
            case .signatory(let name): "signatory '\(name)'"
            case .rotationOrder: "the coordinator's rotation order"
            }
        }
    }

    /// `lost`: the ids that references name but no party has, when this duplicate is likely one of them.
    static func partyIDTwice(_ id: String, lost: [String]) -> Message {
        let svGuess = lost.isEmpty ? "" : " (ska den här vara \(Wording.svList(lost.map(Wording.quoted), or: true))?)"
        let enGuess =
            lost.isEmpty ? "" : " (is this one meant to be " + lost.map(Wording.ticked).joined(separator: " or ") + "?)"
        return Message(
            .validationPartyIDTwice,
            sv: "partens id \(Wording.quoted(id)) används två gånger; ge varje part ett eget id" + svGuess,
            en: "party id '\(id)' is used twice; give each party its own id" + enGuess)
    }

    static func partyFirstDeclared(_ id: String) -> Message {
        Message(
            .validationPartyFirstDeclared, sv: "här står \(Wording.quoted(id)) första gången",
            en: "'\(id)' is first declared here")
    }

    static func referenceToLostParty(_ reference: PartyReference, party: String) -> Message {
        Message(
            .validationReferenceToLostParty,
            sv: "\(reference.sv) hör till parten \(Wording.quoted(party)), men ingen part har det id:t",
            en: "\(reference.en) refers to party '\(party)', which no party has as its id")
    }

    static func undeclaredParty(_ reference: PartyReference, party: String, suggestion: String?, declared: [String])
        -> Message
    {
        Message(
            .validationUndeclaredParty,
            sv: "\(reference.sv) hör till parten \(Wording.quoted(party)), som inte finns under ”parties”"
                + "\(Hint.sv(suggestion)); parterna som finns är \(Wording.svList(declared.map(Wording.quoted)))",
            en: "\(reference.en) belongs to party '\(party)', which is not declared under 'parties'"
                + "\(Hint.en(suggestion)); declared: " + declared.joined(separator: ", "))
    }

    static func noSignatory(_ party: String) -> Message {
        Message(
            .validationNoSignatory,
            sv: "ingen skriver under för parten \(Wording.quoted(party)); avtalet brukar skrivas under av alla parter",
            en: "party '\(party)' has no signatory; the agreement is normally signed by every party")
    }

    // MARK: Values

    /// `example`: a valid date of the same key, `2026-03-15`.
    static func invalidDate(_ key: String, value: String, example: String) -> Message {
        Message(
            .validationInvalidDate,
            sv:
                "datumet \(Wording.quoted(value)) i \(Wording.quoted(key)) finns inte; skriv ÅÅÅÅ-MM-DD, till exempel \(example)",
            en: "\(key) '\(value)' is not a valid date; expected YYYY-MM-DD, e.g. \(example)")
    }

    static func invalidDayOfYear(_ key: String, value: String) -> Message {
        Message(
            .validationInvalidDayOfYear,
            sv:
                "dagen \(Wording.quoted(value)) i \(Wording.quoted(key)) finns inte; skriv MM-DD, till exempel 03-01 för 1 mars",
            en: "\(key) '\(value)' is not a valid day of the year; expected MM-DD, e.g. 03-01 for 1 March")
    }

    static func percentOutOfRange(_ key: String, value: Double) -> Message {
        Message(
            .validationPercentOutOfRange,
            sv: "\(Wording.quoted(key)) är \(Wording.svDecimal(value)); skriv en procentsats från 0 till 100",
            en: "\(key) is \(Wording.enDecimal(value)); expected a percentage from 0 to 100")
    }

    static func personPercentOutOfRange(_ name: String, value: Double) -> Message {
        Message(
            .validationPercentOutOfRange,
            sv: "”scope_percent” för samordnaren \(Wording.quoted(name)) är \(Wording.svDecimal(value)); "
                + "skriv en procentsats från 0 till 100",
            en: "scope_percent of coordinator '\(name)' is \(Wording.enDecimal(value)); "
                + "expected a percentage from 0 to 100")
    }

    /// What a count is measured in, for the range in the message.
    enum Unit {
        case months, years, none
    }

    /// `owner`: whose key it is when the key alone does not say (`coordinator`).
    static func outOfRange(
        _ key: String, value: Int, from lower: Int, to upper: Int, unit: Unit, coordinators: Bool = false
    )
        -> Message
    {
        let (svUnit, enUnit) =
            switch unit {
            case .months: (" månader", " months")
            case .years: (" år", " years")
            case .none: ("", "")
            }
        return Message(
            .validationOutOfRange,
            sv: (coordinators ? "samordnarens " : "") + "\(Wording.quoted(key)) är \(Wording.number(value)); "
                + "skriv \(lower) till \(upper)\(svUnit)",
            en: (coordinators ? "coordinator " : "") + "\(key) is \(value); expected \(lower) to \(upper)\(enUnit)")
    }

    static func hoursOutOfRange(_ value: Double) -> Message {
        Message(
            .validationOutOfRange,
            sv: "”scope_hours_per_week” är \(Wording.svDecimal(value)); skriv mer än 0 och högst 40 timmar",
            en: "scope_hours_per_week is \(Wording.enDecimal(value)); expected more than 0 and at most 40 hours")
    }

    static let scopeGivenTwice = Message(
        .validationScopeGivenTwice,
        sv: "ange samordnarens omfattning antingen med ”scope_percent” eller med ”scope_hours_per_week”, inte med båda",
        en: "give the coordinator's scope either as scope_percent or as scope_hours_per_week, not both")

    /// `parties` sign the samverkansavtal, `signers` (with the coordinators) the samordnaravtal.
    static func tooFewCopies(_ copies: Int, parties: Int, signers: Int) -> Message {
        let short = copies < parties
        return Message(
            .validationTooFewCopies,
            sv: "”copies” är \(copies), men "
                + (short
                    ? "samverkansavtalet skrivs under av \(parties) parter och samordnaravtalet av \(signers) "
                        + "(med samordnarna)"
                    : "samordnaravtalet skrivs under av \(signers) (parterna och samordnarna)")
                + "; enligt avtalen får var och en ett exemplar. Ta bort ”copies”, så blir det ett till var och en",
            en: "copies is \(copies), but "
                + (short
                    ? "the samverkansavtal is signed by \(parties) parties and the samordnaravtal by \(signers) "
                        + "(with the coordinators)"
                    : "the samordnaravtal is signed by \(signers) (the parties and the coordinators)")
                + "; the agreements say that each keeps one copy. Leave 'copies' out to make one for each")
    }

    // MARK: The coordinator

    /// `complete`: every coordinator gives a scope, so they must add up to the total exactly.
    static func scopesDoNotAddUp(names: [String], scopes: [Double], total: Double, complete: Bool) -> Message {
        let sum = scopes.reduce(0, +)
        let svParts = scopes.map(Wording.svDecimal).joined(separator: " + ")
        let enParts = scopes.map(Wording.enDecimal).joined(separator: " + ")
        return Message(
            .validationScopesDoNotAddUp,
            sv: "samordnarnas egna omfattningar (\(names.map(Wording.quoted).joined(separator: " + ")): \(svParts) = "
                + "\(Wording.svDecimal(sum))\u{00A0}%) " + (complete ? "blir inte" : "blir mer än")
                + " ”scope_percent” \(Wording.svDecimal(total))\u{00A0}%; ändra totalen eller personernas omfattningar",
            en: "the coordinators' own scopes (\(names.map(Wording.ticked).joined(separator: " + ")): \(enParts) = "
                + "\(Wording.enDecimal(sum)) %) " + (complete ? "do not add up to" : "exceed")
                + " scope_percent \(Wording.enDecimal(total)) %; change the total or the persons' scopes")
    }

    static func ownScope(_ scope: Double) -> Message {
        Message(
            .validationOwnScope, sv: "en samordnares egen omfattning: \(Wording.svDecimal(scope))\u{00A0}%",
            en: "a coordinator's own scope: \(Wording.enDecimal(scope)) %")
    }

    static func unknownTask(_ key: String, suggestion: String?) -> Message {
        Message(
            .validationUnknownTask,
            sv: "samordnaruppgiften \(Wording.quoted(key)) finns inte\(Hint.sv(suggestion)); "
                + "kommandot ”fcdoc tasks” visar alla uppgifter",
            en: "unknown coordinator task '\(key)'\(Hint.en(suggestion)); 'fcdoc tasks' lists every task key")
    }

    static func taskListedTwice(_ key: String) -> Message {
        Message(
            .validationTaskListedTwice, sv: "samordnaruppgiften \(Wording.quoted(key)) står två gånger",
            en: "coordinator task '\(key)' is listed twice")
    }

    static func taskPartOfListed(_ key: String, whole: String) -> Message {
        Message(
            .validationTaskListedTwice,
            sv: "samordnaruppgiften \(Wording.quoted(key)) ingår i \(Wording.quoted(whole)), som redan står med",
            en: "coordinator task '\(key)' is part of '\(whole)', which is already listed")
    }

    static func negativeKronor(_ key: String, value: Int) -> Message {
        Message(
            .validationNegativeKronor,
            sv: "\(Wording.quoted(key)) är \(Wording.number(value)); skriv hela kronor, 0 eller mer",
            en: "\(key) is \(value); expected whole kronor, 0 or more")
    }

    static func rotationUnknownParty(_ party: String, suggestion: String?, declared: [String]) -> Message {
        Message(
            .validationUndeclaredParty,
            sv: "turordningen nämner \(Wording.quoted(party)), som inte finns under ”parties”"
                + "\(Hint.sv(suggestion)); parterna som finns är \(Wording.svList(declared.map(Wording.quoted)))",
            en: "the rotation order names '\(party)', which is not declared under 'parties'"
                + "\(Hint.en(suggestion)); declared: " + declared.joined(separator: ", "))
    }

    static func rotationTwice(_ party: String) -> Message {
        Message(
            .validationRotationTwice, sv: "\(Wording.quoted(party)) står två gånger i turordningen",
            en: "'\(party)' appears twice in the rotation order")
    }

    static let orderIgnored = Message(
        .validationOrderIgnored,
        sv: "”order” används bara när ”method” är ”rotating”; med ”equal” gäller den inte",
        en: "'order' is only used when method is 'rotating'; it is ignored for 'equal'")

    /// `never`: the parties whose turn falls after the term.
    static func neverPays(parties: Int, years: Int, never: [String]) -> Message {
        Message(
            .validationNeverPays,
            sv: "kostnaden går runt mellan \(parties) parter, men avtalstiden är bara "
                + Wording.count(years, "år", "år", swedish: true) + ", så "
                + Wording.svList(never.map(Wording.quoted)) + " betalar aldrig; "
                + "förläng ”term_years”, ändra turordningen eller välj ”equal” som ”method”",
            en: "the cost rotates over \(parties) parties, but the term covers only "
                + Wording.count(years, "year", "years", swedish: false) + ", so "
                + never.map(Wording.ticked).joined(separator: " and ")
                + (never.count == 1 ? " never pays" : " never pay")
                + "; lengthen term_years, change the order or choose method 'equal'")
    }

    // MARK: The county

    static func municipalityTwice(_ name: String) -> Message {
        Message(
            .validationMunicipalityTwice, sv: "kommunen \(Wording.quoted(name)) står två gånger; ta bort den ena",
            en: "municipality '\(name)' is listed twice; remove one of them")
    }

    static func municipalityFirstListed(_ name: String) -> Message {
        Message(
            .validationMunicipalityFirstListed, sv: "här står \(Wording.quoted(name)) första gången",
            en: "'\(name)' is first listed here")
    }

    static func populationNotPositive(_ name: String, value: Int) -> Message {
        Message(
            .validationPopulationNotPositive,
            sv: "folkmängden i \(Wording.quoted(name)) är \(Wording.number(value)); skriv ett heltal större än 0",
            en: "the population of '\(name)' is \(value); expected a whole number above 0")
    }

    static func regionShareAboveTotal(_ share: Int, total: Int) -> Message {
        Message(
            .validationRegionShareAboveTotal,
            sv: "”cost.region_share” (\(Wording.number(share))\u{00A0}kr) är större än ”cost.total” "
                + "(\(Wording.number(total))\u{00A0}kr); regionens andel måste rymmas i totalen",
            en: "cost.region_share (\(share)) is larger than cost.total (\(total)); "
                + "the region's share must fit in the total")
    }

    // MARK: Personal data

    static func personalData(_ finding: PrivacyScanner.Finding, masked: String, strict: Bool) -> Message {
        let (sv, en): (String, String) =
            switch finding {
            case .personalNumber: ("ett personnummer", "a personal identity number (personnummer)")
            case .coordinationNumber: ("ett samordningsnummer", "a co-ordination number (samordningsnummer)")
            case .email: ("en e-postadress", "an e-mail address")
            case .phone: ("ett telefonnummer", "a phone number")
            }
        return Message(
            .validationPersonalData,
            sv: "texten verkar innehålla \(sv) (\(Wording.quoted(masked))); dokumenten läses av många, så ta bort det"
                + (strict ? "" : " (ett fel med --strict)"),
            en: "this text contains what looks like \(en) ('\(masked)'); documents are read by many, so leave it out"
                + (strict ? "" : " (an error with --strict)"))
    }

    // MARK: The report

    static let reportIsDraft = Message(
        .validationReportIsDraft,
        sv: "verksamhetsberättelsen är ett utkast (status: utkast), så länets sammanställning tar inte med den; "
            + "skriv ”status: inlämnad” när familjecentralen lämnar in den",
        en: "this report is a draft (status: utkast), so the county roll-up leaves it out; "
            + "write 'status: inlämnad' when the centre hands it in")

    static func yearOutOfRange(_ year: Int) -> Message {
        Message(
            .validationOutOfRange, sv: "”year” är \(year); skriv ett år från 2000 till 2100",
            en: "year is \(year); expected a year from 2000 to 2100")
    }

    static func priorityCount(_ count: Int) -> Message {
        Message(
            .validationPriorityCount,
            sv: "”priorities” har \(Wording.count(count, "mål", "mål", swedish: true)); planen ska ha exakt två "
                + "prioriterade mål för det kommande året",
            en: "'priorities' has \(Wording.count(count, "goal", "goals", swedish: false)); the plan names exactly "
                + "two priority goals for the coming year")
    }

    static func negativeStatistic(_ value: Int) -> Message {
        Message(
            .validationNegativeStatistic,
            sv: "ett antal i statistiken kan inte vara mindre än 0 (här står \(Wording.number(value)))",
            en: "a statistic cannot be negative (\(value))")
    }

    static let surveyWithoutSource = Message(
        .validationSurveyWithoutSource,
        sv: "”survey” behöver antingen ”file” (en CSV- eller Excel-fil med svaren) eller ”counts” "
            + "(svaren räknade i förväg)",
        en: "'survey' needs either 'file' (a CSV or Excel export) or 'counts' (answers counted beforehand)")

    static let surveyGivenTwice = Message(
        .validationSurveyGivenTwice, sv: "ange enkäten antingen med ”file” eller med ”counts”, inte med båda",
        en: "give the survey either as 'file' or as 'counts', not both")

    static let sheetWithoutFile = Message(
        .validationSheetWithoutFile,
        sv: "”sheet” anger ett blad i enkätens Excel-fil; ange Excel-filen med ”file”",
        en: "'sheet' names a sheet of the survey's workbook; give the workbook as 'file'")

    static func unsupportedDelimiter(_ delimiter: String) -> Message {
        Message(
            .validationUnsupportedDelimiter,
            sv: "avgränsaren \(Wording.quoted(delimiter)) fungerar inte; skriv ”;”, ”,” eller tab (eller ta bort "
                + "raden, så känner fcdoc igen den på filens första rad)",
            en: "delimiter '\(delimiter)' is not supported; write ';', ',' or tab (or leave it out: "
                + "fcdoc then finds it from the file's first line)")
    }

    static func questionGoalOutOfRange(_ key: String, goal: Int) -> Message {
        Message(
            .validationOutOfRange,
            sv: "frågan \(Wording.quoted(key)) hör till mål \(goal); skriv ett mål från 1 till 5",
            en: "question '\(key)' belongs to goal \(goal); expected goal 1 to 5")
    }

    static func questionKeyTwice(_ key: String) -> Message {
        Message(
            .validationKeyUsedTwice, sv: "frågan \(Wording.quoted(key)) står två gånger",
            en: "question key '\(key)' is used twice")
    }

    static func notAQuestion(_ key: String, suggestion: String?, questions: [String]) -> Message {
        Message(
            .validationNotAQuestion,
            sv: "\(Wording.quoted(key)) är ingen fråga\(Hint.sv(suggestion)); frågorna är "
                + Wording.svList(questions.map(Wording.quoted)),
            en: "'\(key)' is not a question\(Hint.en(suggestion)); the questions are: "
                + questions.joined(separator: ", "))
    }

    static func countsShape(_ key: String) -> Message {
        Message(
            .validationCountsShape,
            sv: "svaren på \(Wording.quoted(key)) ska vara 5 heltal, 0 eller mer, från ”Instämmer helt” "
                + "till ”Instämmer inte alls”",
            en: "counts for '\(key)' must be 5 whole numbers ≥ 0, from \"Instämmer helt\" to \"Instämmer inte alls\"")
    }

    static func tooFewRespondents(_ count: Int) -> Message {
        Message(
            .validationOutOfRange, sv: "”respondents” är \(Wording.number(count)); skriv minst 1",
            en: "respondents is \(count); expected at least 1")
    }

    static func statementKeyTaken(_ key: String) -> Message {
        Message(
            .validationStatementKeyTaken,
            sv: "\(Wording.quoted(key)) är redan ett påstående i Bilaga 4; välj en annan nyckel för ditt eget",
            en: "'\(key)' is already a statement of Bilaga 4; choose another key for your own")
    }

    static func statementKeyTwice(_ key: String) -> Message {
        Message(
            .validationKeyUsedTwice, sv: "påståendet \(Wording.quoted(key)) står två gånger",
            en: "statement key '\(key)' is used twice")
    }

    static func unknownArea(_ area: String, suggestion: String?, areas: [String]) -> Message {
        Message(
            .validationUnknownArea,
            sv: "området \(Wording.quoted(area)) finns inte i Bilaga 4\(Hint.sv(suggestion)); områdena är "
                + Wording.svList(areas.map(Wording.quoted)),
            en: "area '\(area)' is not one of Bilaga 4's\(Hint.en(suggestion)): " + areas.joined(separator: ", "))
    }

    static func statementRenamed(_ old: String, current: String) -> Message {
        Message(
            .validationStatementRenamed,
            sv: "påståendet \(Wording.quoted(old)) har bytt namn; skriv \(Wording.quoted(current))",
            en: "statement key '\(old)' is misspelt and was renamed; write '\(current)'")
    }

    static func unknownStatement(_ key: String, suggestion: String?) -> Message {
        Message(
            .validationUnknownStatement,
            sv: "påståendet \(Wording.quoted(key)) finns inte\(Hint.sv(suggestion)); använd en nyckel som "
                + "”fcdoc statements” visar, eller ett av verksamhetsberättelsens egna påståenden under ”statements”",
            en: "unknown statement '\(key)'\(Hint.en(suggestion)); use a key that 'fcdoc statements' lists "
                + "or one of the report's own 'statements'")
    }

    static func statementAnsweredTwice(_ key: String) -> Message {
        Message(
            .validationStatementAnsweredTwice, sv: "påståendet \(Wording.quoted(key)) är besvarat två gånger",
            en: "statement '\(key)' is answered twice")
    }

    static func positionOffScale(_ position: Int, lowest: String, highest: String) -> Message {
        Message(
            .validationOutOfRange,
            sv: "läget \(position) finns inte på skalan; skriv 1 (\(lowest)) till 5 (\(highest))",
            en: "position \(position) is off the scale; expected 1 (\(lowest)) to 5 (\(highest))")
    }
}
