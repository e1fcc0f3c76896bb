import FCConfig
import FCReport

/// The values of the blank forms printed for filling in by hand: the self-reflection (Bilaga 4,
/// with Bilaga 5's instructions) and the parent survey, from the same catalogues the reports use.
/// Given a centre file (and a year), the form names them; otherwise it has lines to write them on.
public enum FormContext {
    /// Bilaga 4's heading, as the seed writes it.
    public static let selfReflectionTitle = "Självreflektion för dig/ er som personal på Familjecentralen"
    public static let parentSurveyTitle = "Föräldraenkät"

    /// The centre's name and the year, or blanks to fill in: the top of every form.
    public struct Heading: TemplateValues {
        public var hasCentre: Bool
        public var centreName: String
        public var hasYear: Bool
        public var year: String

        init(centre: CentreFile?, year: Int?) {
            hasCentre = centre != nil
            centreName = centre?.centre.name.value ?? ""
            hasYear = year != nil
            self.year = year.map(String.init) ?? ""
        }

        public static var fields: [TemplateField<Self>] {
            [
                .flag("has_centre", \.hasCentre), .text("centre_name", \.centreName), .flag("has_year", \.hasYear),
                .text("year", \.year),
            ]
        }
    }

    public struct SelfReflectionValues: TemplateValues {
        public var heading: Heading
        public var title: String
        public var scale: [ScaleStep]
        public var areas: [Area]

        public static var fields: [TemplateField<Self>] {
            Heading.fields.map { $0.within(\.heading) }
                + [.text("title", \.title), .list("scale", \.scale), .list("areas", \.areas)]
        }
    }

    public struct ScaleStep: TemplateValues {
        public var number, label: String

        public static var fields: [TemplateField<Self>] {
            [.text("number", \.number), .text("label", \.label)]
        }
    }

    public struct Area: TemplateValues {
        public var area: String
        public var statements: [Statement]

        public static var fields: [TemplateField<Self>] {
            [.text("area", \.area), .list("statements", \.statements)]
        }
    }

    public struct Statement: TemplateValues {
        public var title, claim: String

        public static var fields: [TemplateField<Self>] {
            [.text("title", \.title), .text("claim", \.claim)]
        }
    }

    public struct ParentSurveyValues: TemplateValues {
        public var heading: Heading
        public var title: String
        /// "helt", "till stor del", …: the table's header reads "jag instämmer: helt".
        public var scale: [String]
        public var minimumAnswersText: String
        public var goals: [Goal]

        public static var fields: [TemplateField<Self>] {
            Heading.fields.map { $0.within(\.heading) }
                + [
                    .text("title", \.title), .texts("scale", \.scale),
                    .text("minimum_answers_text", \.minimumAnswersText), .list("goals", \.goals),
                ]
        }
    }

    public struct Goal: TemplateValues {
        public var number, goal: String
        public var questions: [Question]

        public static var fields: [TemplateField<Self>] {
            [.text("number", \.number), .text("goal", \.goal), .list("questions", \.questions)]
        }
    }

    /// A question with its number, "2a": as the report's table and charts name it.
    public struct Question: TemplateValues {
        public var number, text: String

        public static var fields: [TemplateField<Self>] {
            [.text("number", \.number), .text("text", \.text)]
        }
    }

    public static func selfReflection(centre: CentreFile? = nil, year: Int? = nil) -> SelfReflectionValues {
        SelfReflectionValues(
            heading: Heading(centre: centre, year: year), title: selfReflectionTitle,
            scale: SelfReflection.scale.enumerated().map { ScaleStep(number: String($0 + 1), label: $1) },
            areas: SelfReflection.areas.map { area in
                Area(
                    area: area,
                    statements: SelfReflection.catalogue.filter { $0.area == area }.map {
                        Statement(title: $0.title ?? "", claim: $0.claim)
                    })
            })
    }

    public static func parentSurvey(centre: CentreFile? = nil, year: Int? = nil) -> ParentSurveyValues {
        let numbered = zip(SurveyQuestions.builtIn, SurveyQuestions.numbers(SurveyQuestions.builtIn))
        return ParentSurveyValues(
            heading: Heading(centre: centre, year: year),
            title: parentSurveyTitle + (year.map { " \($0)" } ?? ""),
            scale: SurveyScale.labels.reversed().map { label in
                label.hasPrefix("Instämmer ") ? String(label.dropFirst("Instämmer ".count)) : label
            },
            minimumAnswersText: SwedishText.number(SurveyScale.minimumAnswers),
            goals: SurveyQuestions.goals.enumerated().map { index, goal in
                Goal(
                    number: String(index + 1), goal: goal,
                    questions: numbered.filter { $0.0.goal == index + 1 }.map {
                        Question(number: $0.1, text: $0.0.text)
                    })
            })
    }
}
