/// What fcdoc says about the parts of centre and report files that are more than one key:
/// services, the coordinator's tasks, the survey's columns and counts.
extension Message {
    public static func notAServiceName(_ item: String, found: Found) -> Message {
        Message(
            .notAServiceName,
            sv: "\(Wording.quoted(item)) ska vara namnet på en verksamhet, men här står \(found.phrase.sv)",
            en: "'\(item)' must be a service name, found \(found.phrase.en)")
    }

    /// A service name fcdoc does not know, in a party's `services` or (`key`) under `responsibilities`.
    public static func unknownService(_ name: String, under key: String?, suggestion: String?, known: [String])
        -> Message
    {
        Message(
            .unknownService,
            sv: "\(Wording.quoted(name))\(key.map { " under \(Wording.quoted($0))" } ?? "") är ingen verksamhet som "
                + "fcdoc känner till\(Hint.sv(suggestion)): välj bland \(Wording.quotedList(known))",
            en: "unknown service '\(name)'\(key.map { " in '\($0)'" } ?? "")\(Hint.en(suggestion)); expected one of: "
                + Wording.list(known))
    }

    public static func responsibilitiesNotAMapping(found: Found) -> Message {
        Message(
            .responsibilitiesNotAMapping,
            sv: "”responsibilities” ska ha en verksamhet per rad, var och en med en lista av texter under sig, men "
                + "här står \(found.phrase.sv)",
            en: "'responsibilities' must be a mapping from service names to lists of text, found \(found.phrase.en)")
    }

    public static let coordinatorTasksEmpty = Message(
        .coordinatorTasksEmpty,
        sv: "”coordinator.tasks” är en tom lista: avtalet räknar då bara upp uppgifterna i ”own_tasks”",
        en: "'coordinator.tasks' is an empty list: the contract will list only own_tasks")

    /// What `coordinator.tasks` may be.
    public static let coordinatorTasksExpected = Phrase(
        sv: "”all”, en lista med uppgifternas nycklar, eller ”all_except:” med en lista med uppgifternas nycklar",
        en: "'all', a list of task keys, or 'all_except:' with a list of task keys")

    public static func coordinatorTasksWrong(found: Found) -> Message {
        Message(
            .coordinatorTasksWrong,
            sv: "”coordinator.tasks” ska vara \(coordinatorTasksExpected.sv), men här står \(found.phrase.sv)",
            en: "'coordinator.tasks' must be \(coordinatorTasksExpected.en), found \(found.phrase.en)")
    }

    public static func surveyColumnNotText(question: String) -> Message {
        Message(
            .surveyColumnNotText,
            sv: "\(Wording.quoted("survey.columns.\(question)")) ska vara en kolumnrubrik (en text)",
            en: "'survey.columns.\(question)' must be a column header (text)")
    }

    public static let surveyColumnsNotAMapping = Message(
        .surveyColumnsNotAMapping,
        sv: "”survey.columns” ska ha en rad per fråga: frågans nyckel, kolon och kolumnrubriken",
        en: "'survey.columns' must be a mapping of question keys to column headers")

    public static func surveyCountsNotNumbers(question: String) -> Message {
        Message(
            .surveyCountsNotNumbers,
            sv: "\(Wording.quoted("survey.counts.\(question)")) ska vara en lista med heltal, till exempel "
                + "[12, 5, 2, 0, 0]",
            en: "'survey.counts.\(question)' must be a list of whole numbers, e.g. [12, 5, 2, 0, 0]")
    }

    public static let surveyCountsNotAMapping = Message(
        .surveyCountsNotAMapping,
        sv: "”survey.counts” ska ha en rad per fråga: frågans nyckel, kolon och en lista med 5 tal",
        en: "'survey.counts' must be a mapping of question keys to lists of 5 numbers")
}
