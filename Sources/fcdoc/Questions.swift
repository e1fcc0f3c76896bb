import ArgumentParser
import FCConfig
import FCFrontEnd
import FCReport

struct Questions: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "questions",
        abstract: "List the parent survey's questions and their keys (the survey CSV's columns).",
        discussion: """
            The built-in questions, two for each goal of Bilaga 3. Each key is a column of the survey CSV (or, with 'survey.columns', maps to your export's header); a report may replace the questions with 'survey.questions'. Answers: 1–5 or the labels, empty or "Vet ej" for no answer.
            """)

    @OptionGroup var lang: LanguageOption

    func run() {
        let numbered = Array(zip(SurveyQuestions.builtIn, SurveyQuestions.numbers(SurveyQuestions.builtIn)))
        for (index, goal) in SurveyQuestions.goals.enumerated() {
            print("Mål \(index + 1): \(goal)")
            for (question, number) in numbered where question.goal == index + 1 {
                print("  \(number)  \(question.key.padding(toLength: 6, withPad: " ", startingAt: 0)) \(question.text)")
            }
            print("")
        }
        print(Message.answers(SurveyScale.labels).text(in: lang.language))
    }
}
