import ArgumentParser
import FCReport

struct Questions: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "questions",
        abstract: "List the parent survey's questions and their keys (the survey CSV's columns).",
        discussion: """
            The built-in questions, two for each goal of Bilaga 3. Each key is a column of the survey CSV (or, with 'survey.columns', maps to your export's header); a report may replace the questions with 'survey.questions'. Answers: 1–5 or the labels, empty or "Vet ej" for no answer.
            """)

    func run() {
        let numbered = Array(zip(SurveyQuestions.builtIn, SurveyQuestions.numbers(SurveyQuestions.builtIn)))
        for (index, goal) in SurveyQuestions.goals.enumerated() {
            print("Mål \(index + 1): \(goal)")
            for (question, number) in numbered where question.goal == index + 1 {
                print("  \(number)  \(question.key.padding(toLength: 6, withPad: " ", startingAt: 0)) \(question.text)")
            }
            print("")
        }
        print(
            "Answers: " + SurveyScale.labels.enumerated().map { "\($0 + 1) \($1)" }.joined(separator: ", ")
                + "; empty or \"Vet ej\" is no answer")
    }
}
