import Foundation

/// The example files `fcdoc init` writes, compiled into the program with the templates.
public enum ExampleFiles {
    /// The commented example for a file kind: `centre`, `county`, `report` or `profile`.
    public static func example(kind: String) -> Data? {
        resource("\(kind).yaml")
    }

    /// The example logo that goes with the profile example (`logo: logotyp.svg`).
    public static var profileLogo: Data? {
        resource("profile-logo.svg")
    }

    /// The file name the profile example gives its logo.
    public static let profileLogoName = "logotyp.svg"

    /// The made-up parent survey export that goes with the report example.
    public static var reportSurvey: Data? {
        resource("report-enkat.csv")
    }

    /// The report example filled in: its centre file, year and survey file. The centre path is
    /// written as a double-quoted YAML string, so any path reads back as written.
    public static func report(centrePath: String, year: Int, surveyFile: String) -> Data? {
        guard let data = example(kind: "report"), let text = String(data: data, encoding: .utf8) else { return nil }
        return Data(
            text.replacingOccurrences(of: "@CENTRE@", with: quoted(centrePath))
                .replacingOccurrences(of: "@YEAR@", with: String(year))
                .replacingOccurrences(of: "@SURVEY@", with: quoted(surveyFile)).utf8)
    }

    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// An example compiled into the program from `Resources/examples/`.
    private static func resource(_ name: String) -> Data? {
        EmbeddedResources.files["examples/\(name)"].map { Data($0.utf8) }
    }
}
