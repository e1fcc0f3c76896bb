import FCConfig
import FCText

/// The parent survey's five-step answer scale (docs/report-file.md), from 1 to 5.
public enum SurveyScale {
    public static let labels = [
        "Instämmer inte alls", "Instämmer till liten del", "Instämmer delvis",
        "Instämmer till stor del", "Instämmer helt",
    ]
    /// Answers that count as no answer.
    public static let noAnswer = ["", "vet ej", "ej svar", "-"]
    /// Fewer answers than this are never shown as a distribution: single parents could be recognised.
    public static let minimumAnswers = 5

    public enum Answer: Equatable, Sendable {
        case value(Int)
        case none
        case invalid
    }

    /// The labels and no-answer words in lower case, made once: a survey has thousands of cells.
    static let lowercasedLabels = labels.map { $0.lowercased() }
    static let lowercasedNoAnswer = Set(noAnswer)

    /// A cell as a survey tool exports it: `1`–`5`, a label of the scale, "Vet ej", or nothing.
    public static func answer(_ cell: String) -> Answer {
        let trimmed = cell.trimmingSpaces()
        // The common case, a single digit, without touching case tables.
        if trimmed.utf8.count == 1, let digit = trimmed.utf8.first, digit >= UInt8(ascii: "0"),
            digit <= UInt8(ascii: "9")
        {
            let number = Int(digit - UInt8(ascii: "0"))
            return (1...5).contains(number) ? .value(number) : .invalid
        }
        if trimmed.isEmpty { return .none }
        // As tools export the labels: any case, white space or quotes, a full stop or not.
        let lowered = SurveyText.normalised(trimmed)
        if lowercasedNoAnswer.contains(lowered) { return .none }
        if let number = Int(trimmed) { return (1...5).contains(number) ? .value(number) : .invalid }
        if let index = lowercasedLabels.firstIndex(of: lowered) { return .value(index + 1) }
        return .invalid
    }
}

public struct SurveyQuestion: Sendable, Equatable {
    public var key: String
    /// Goal 1–5 of Bilaga 3.
    public var goal: Int
    public var text: String

    public init(key: String, goal: Int, text: String) {
        self.key = key
        self.goal = goal
        self.text = text
    }
}

/// The five goals of Bilaga 3 ("Målen skall uppnås genom att") and the built-in questions.
///
/// The seeds name the goals but not the survey's questions, so the built-in questions are fcdoc's
/// own wording of each goal, two per goal; a report may replace them with `survey.questions`.
public enum SurveyQuestions {
    public static let goals = [
        "Vara lättillgänglig som nära mötesplats",
        "Stärka det sociala nätverket runt barn och föräldrar",
        "Skapa arbetsformer där barn och föräldrar är delaktiga",
        "Erbjuda ett lättillgängligt stöd",
        "Vara ett kunskaps- och informationscentrum",
    ]

    public static let builtIn: [SurveyQuestion] = [
        SurveyQuestion(
            key: "mal1a", goal: 1, text: "Familjecentralen är lätt att besöka och har öppettider som passar mig."),
        SurveyQuestion(key: "mal1b", goal: 1, text: "Jag känner mig välkommen på familjecentralen."),
        SurveyQuestion(key: "mal2a", goal: 2, text: "Jag har fått kontakt med andra föräldrar genom familjecentralen."),
        SurveyQuestion(key: "mal2b", goal: 2, text: "Familjecentralen har erbjudit mig föräldraskapsstöd i grupp."),
        SurveyQuestion(key: "mal3a", goal: 3, text: "Jag kan vara med och påverka verksamheten på familjecentralen."),
        SurveyQuestion(key: "mal3b", goal: 3, text: "Mitt barn får vara delaktigt i verksamheten."),
        SurveyQuestion(
            key: "mal4a", goal: 4, text: "Jag vet vart jag kan vända mig på familjecentralen när jag behöver stöd."),
        SurveyQuestion(key: "mal4b", goal: 4, text: "Jag har fått det stöd jag behövt."),
        SurveyQuestion(
            key: "mal5a", goal: 5, text: "Jag har fått kunskap och information som är till nytta för mig som förälder."),
        SurveyQuestion(
            key: "mal5b", goal: 5, text: "Familjecentralen informerar om samhällets stöd till barnfamiljer."),
    ]
}

extension SurveyQuestions {
    /// Each question's number as parents and readers look it up: the goal's number and a letter
    /// for the question's place among that goal's questions, in the order given ("1a", "1b",
    /// "2a", …; after "z" come "aa", "ab", …). The blank form, the report's table, its charts and
    /// `fcdoc questions` all number the questions so.
    public static func numbers(_ questions: [SurveyQuestion]) -> [String] {
        var seen: [Int: Int] = [:]
        return questions.map { question in
            let place = seen[question.goal, default: 0]
            seen[question.goal] = place + 1
            return "\(question.goal)\(letters(place))"
        }
    }

    /// "a" for 0, "z" for 25, "aa" for 26: the letters of a question's place within its goal.
    static func letters(_ place: Int) -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz")
        var rest = place
        var text = ""
        repeat {
            text.insert(alphabet[rest % 26], at: text.startIndex)
            rest = rest / 26 - 1
        } while rest >= 0
        return text
    }
}

/// One question's answers, counted.
public struct QuestionResult: Sendable, Equatable {
    public var question: SurveyQuestion
    /// Answers per scale value 1…5.
    public var counts: [Int]

    public init(question: SurveyQuestion, counts: [Int]) {
        self.question = question
        self.counts = counts
    }

    public var respondents: Int { counts.reduce(0, +) }
    /// Too few answers to show without identifying parents.
    public var isSuppressed: Bool { respondents < SurveyScale.minimumAnswers }
    /// Share (0–100) answering 4 or 5; `nil` when suppressed.
    public var positiveShare: Double? {
        isSuppressed ? nil : Double(counts[3] + counts[4]) * 100 / Double(respondents)
    }
    /// Mean on the 1–5 scale; `nil` when suppressed.
    public var mean: Double? {
        guard !isSuppressed else { return nil }
        let sum = counts.enumerated().reduce(0) { $0 + ($1.offset + 1) * $1.element }
        return Double(sum) / Double(respondents)
    }
}
