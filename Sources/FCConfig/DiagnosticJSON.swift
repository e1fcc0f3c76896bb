import Foundation

extension Diagnostic {
    /// The diagnostics as JSON for tools: what `fcdoc validate --format json` prints and the
    /// local server's `/api/validate` answers, from this one encoder.
    public static func json(_ diagnostics: [Diagnostic]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(diagnostics)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
